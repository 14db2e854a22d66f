package connectomej.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import connectomej.progress.CanceledException;

/** Runs independent jobs on an executor and collects their results in order, rethrowing the first failure. */
final class Parallel {

	private Parallel() {}

	static <R> List<R> all(List<Callable<R>> jobs, ExecutorService executor) throws IOException {
		try {
			List<R> results = new ArrayList<>(jobs.size());
			for (Future<R> f : executor.invokeAll(jobs))
				results.add(f.get());
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CanceledException();
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io)
				throw io;
			if (cause instanceof UncheckedIOException u)
				throw u.getCause();
			if (cause instanceof RuntimeException r)
				throw r;
			throw new IllegalStateException(cause);
		}
	}
}
