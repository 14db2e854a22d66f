package connectomej.segment;

/**
 * The skeleton of one object: a tree of nodes in physical coordinates.
 *
 * @param id the object's label
 * @param xyz node positions, 3 per node (x, y, z), in nm from the origin of the label volume's coordinates
 *            (voxel centre = index * voxel size)
 * @param radius distance of each node to the object's surface, nm
 * @param parent index of each node's parent, -1 for the root (node 0)
 */
public record Skeleton(long id, double[] xyz, double[] radius, int[] parent) {

	/** Number of nodes. */
	public int nodeCount() {
		return parent.length;
	}

	/** Total cable length: the sum of node-to-parent distances, in nm. */
	public double length() {
		double sum = 0;
		for (int i = 0; i < parent.length; i++)
			if (parent[i] >= 0)
				sum += distance(i, parent[i]);
		return sum;
	}

	/** Number of children per node. */
	public int[] childCounts() {
		int[] c = new int[parent.length];
		for (int p : parent)
			if (p >= 0)
				c[p]++;
		return c;
	}

	/** Nodes where the tree branches: degree (children + parent) of 3 or more. */
	public int branchPointCount() {
		int[] c = childCounts();
		int n = 0;
		for (int i = 0; i < c.length; i++)
			if (c[i] + (parent[i] >= 0 ? 1 : 0) >= 3)
				n++;
		return n;
	}

	/** Tips of the tree: nodes of degree 1 (a single-node tree has none). */
	public int endPointCount() {
		int[] c = childCounts();
		int n = 0;
		for (int i = 0; i < c.length; i++)
			if (c[i] + (parent[i] >= 0 ? 1 : 0) == 1)
				n++;
		return n;
	}

	private double distance(int a, int b) {
		double dx = xyz[3 * a] - xyz[3 * b], dy = xyz[3 * a + 1] - xyz[3 * b + 1], dz = xyz[3 * a + 2] - xyz[3 * b + 2];
		return Math.sqrt(dx * dx + dy * dy + dz * dz);
	}
}
