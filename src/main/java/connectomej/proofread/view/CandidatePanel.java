package connectomej.proofread.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;

import connectomej.proofread.ReviewCandidate;

/**
 * The side panel: the review queue ranked by the session (MergeNet score and uncertainty), "Go to" (also a
 * double-click on a row) and "Mark reviewed" for the selected row, and a status line with the edit mode and the
 * last message.
 */
final class CandidatePanel extends JPanel {

	private static final long serialVersionUID = 1L;

	/** Width of the side window, pixels. */
	static final int WIDTH = 340;

	private final CandidateTableModel model = new CandidateTableModel();
	private final JTable table = new JTable(model);
	private final JLabel status = new JLabel(" ");

	CandidatePanel(Consumer<ReviewCandidate> goTo, Consumer<ReviewCandidate> markReviewed) {
		super(new BorderLayout(4, 4));
		table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
		table.setPreferredScrollableViewportSize(new Dimension(WIDTH - 20, 200));
		status.setPreferredSize(new Dimension(WIDTH - 20, 40));
		table.addMouseListener(new MouseAdapter() {
			@Override
			public void mouseClicked(MouseEvent e) {
				if (e.getClickCount() == 2)
					withSelected(goTo);
			}
		});
		add(new JLabel("Review queue (most urgent first)"), BorderLayout.NORTH);
		add(new JScrollPane(table), BorderLayout.CENTER);
		add(south(goTo, markReviewed), BorderLayout.SOUTH);
	}

	private JPanel south(Consumer<ReviewCandidate> goTo, Consumer<ReviewCandidate> markReviewed) {
		JPanel buttons = new JPanel(new GridLayout(1, 2, 4, 4));
		JButton go = new JButton("Go to");
		go.addActionListener(e -> withSelected(goTo));
		JButton reviewed = new JButton("Mark reviewed");
		reviewed.addActionListener(e -> withSelected(markReviewed));
		buttons.add(go);
		buttons.add(reviewed);
		JPanel south = new JPanel(new BorderLayout(4, 4));
		south.add(buttons, BorderLayout.NORTH);
		south.add(status, BorderLayout.SOUTH);
		return south;
	}

	/** Shows a new queue, keeping the selection on the segment selected before when it is still there. */
	void setCandidates(List<ReviewCandidate> candidates, long current) {
		model.setRows(candidates);
		select(current);
	}

	/** Selects the row of a segment, if listed. */
	void select(long id) {
		int row = model.indexOf(id);
		if (row >= 0) {
			table.setRowSelectionInterval(row, row);
			table.scrollRectToVisible(table.getCellRect(row, 0, true));
		}
		else
			table.clearSelection();
	}

	/** Shows the edit mode and the last message. */
	void setStatus(EditMode mode, String message) {
		status.setText("<html>mode: <b>" + mode.name().toLowerCase() + "</b><br>" + escape(message) + "</html>");
	}

	int rowCount() {
		return model.getRowCount();
	}

	private void withSelected(Consumer<ReviewCandidate> action) {
		ReviewCandidate c = model.row(table.getSelectedRow());
		if (c != null)
			action.accept(c);
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
