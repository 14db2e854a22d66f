package connectomej.ij1;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Frame;
import java.awt.Menu;
import java.awt.MenuBar;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

/**
 * Opens a submenu of a frame's AWT menu bar the way a user does, for screenshots: a click on the menu's title, then
 * the arrow keys down to the submenu and right into it. The title's position follows the layout of the X11 toolkit's
 * menu bar (3 pixels of bar padding, 10 pixels of margin either side of each title, 2 pixels between titles).
 */
final class MenuClicks {

	private static final int BAR_PADDING = 3, TITLE_MARGIN = 10, TITLE_GAP = 2;

	private MenuClicks() {}

	/** Opens {@code menu > submenu} of {@code frame}'s menu bar. */
	static void open(Robot robot, Frame frame, String menu, String submenu) {
		MenuBar bar = frame.getMenuBar();
		FontMetrics metrics = frame.getFontMetrics(font(bar));
		int x = BAR_PADDING, index = -1;
		for (int i = 0; i < bar.getMenuCount(); i++) {
			int width = metrics.stringWidth(bar.getMenu(i).getLabel()) + 2 * TITLE_MARGIN;
			if (bar.getMenu(i).getLabel().equals(menu)) {
				index = i;
				x += width / 2;
				break;
			}
			x += width + TITLE_GAP;
		}
		if (index < 0)
			throw new IllegalArgumentException("no menu " + menu);
		var origin = frame.getLocationOnScreen();
		robot.mouseMove(origin.x + x, origin.y + frame.getInsets().top - metrics.getHeight() / 2 - BAR_PADDING);
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
		robot.waitForIdle();
		robot.delay(500);
		int steps = itemsBefore(bar.getMenu(index), submenu); // the click selects the first item
		for (int i = 0; i < steps; i++)
			press(robot, KeyEvent.VK_DOWN);
		press(robot, KeyEvent.VK_RIGHT);
	}

	/** Closes the open menus. */
	static void close(Robot robot) {
		for (int i = 0; i < 3; i++)
			press(robot, KeyEvent.VK_ESCAPE);
	}

	private static Font font(MenuBar bar) {
		return bar.getFont() != null ? bar.getFont() : new Font(Font.DIALOG, Font.PLAIN, 12);
	}

	/** Items before {@code label} that the arrow keys stop at (separators are skipped). */
	private static int itemsBefore(Menu menu, String label) {
		int count = 0;
		for (int i = 0; i < menu.getItemCount(); i++) {
			if (menu.getItem(i).getLabel().equals(label))
				return count;
			if (!menu.getItem(i).getLabel().equals("-"))
				count++;
		}
		throw new IllegalArgumentException("no item " + label + " in " + menu.getLabel());
	}

	private static void press(Robot robot, int key) {
		robot.keyPress(key);
		robot.keyRelease(key);
		robot.waitForIdle();
		robot.delay(200);
	}
}
