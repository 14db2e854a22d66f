package connectomej.proofread.view;

import java.util.List;
import java.util.Locale;

import javax.swing.table.AbstractTableModel;

import connectomej.proofread.ReviewCandidate;

/** The ranked review queue as table rows: rank, segment id, merge score, uncertainty. */
final class CandidateTableModel extends AbstractTableModel {

	private static final long serialVersionUID = 1L;
	private static final String[] COLUMNS = { "#", "segment", "merge score", "uncertainty" };

	private transient List<ReviewCandidate> rows = List.of();

	void setRows(List<ReviewCandidate> candidates) {
		rows = List.copyOf(candidates);
		fireTableDataChanged();
	}

	ReviewCandidate row(int index) {
		return index < 0 || index >= rows.size() ? null : rows.get(index);
	}

	int indexOf(long id) {
		for (int i = 0; i < rows.size(); i++)
			if (rows.get(i).id() == id)
				return i;
		return -1;
	}

	@Override
	public int getRowCount() {
		return rows.size();
	}

	@Override
	public int getColumnCount() {
		return COLUMNS.length;
	}

	@Override
	public String getColumnName(int column) {
		return COLUMNS[column];
	}

	@Override
	public Object getValueAt(int row, int column) {
		ReviewCandidate c = rows.get(row);
		return switch (column) {
			case 0 -> row + 1;
			case 1 -> c.id();
			case 2 -> score(c.mergeScore());
			default -> score(c.uncertainty());
		};
	}

	private static String score(double v) {
		return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "-";
	}
}
