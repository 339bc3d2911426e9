package dev.tauri4j.plugins.windowstate;

/**
 * Which parts of a window's state are saved and restored: Tauri's {@code StateFlags} bits, the numbers the npm
 * package's {@code StateFlags} enum sends. Combine them with {@link #with}: {@code StateFlags.SIZE.with(StateFlags.POSITION)}.
 *
 * @param bits the bits, each of {@link #ALL}
 */
public record StateFlags(int bits) {

    /** The size of the area inside the frame. */
    public static final StateFlags SIZE = new StateFlags(1);
    /** The position of the window's frame. */
    public static final StateFlags POSITION = new StateFlags(1 << 1);
    /** Whether the window is maximized. */
    public static final StateFlags MAXIMIZED = new StateFlags(1 << 2);
    /** Whether the window is shown. */
    public static final StateFlags VISIBLE = new StateFlags(1 << 3);
    /** Whether the window has a title bar and borders. */
    public static final StateFlags DECORATIONS = new StateFlags(1 << 4);
    /** Whether the window is fullscreen. */
    public static final StateFlags FULLSCREEN = new StateFlags(1 << 5);
    /** Every part: what the plugin saves and restores unless told otherwise, as Tauri's default. */
    public static final StateFlags ALL = new StateFlags(63);
    /** No part. */
    public static final StateFlags NONE = new StateFlags(0);

    /** @throws IllegalArgumentException with Tauri's message when a bit is not one of {@link #ALL} */
    public StateFlags {
        if ((bits & ~63) != 0) throw new IllegalArgumentException(invalid(bits));
    }

    /** The flags of a command's {@code flags} argument, which Tauri reads as an unsigned 32-bit number. */
    static StateFlags fromArgument(long bits) {
        if (bits < 0 || bits > 63) throw new IllegalArgumentException(invalid(bits));
        return new StateFlags((int) bits);
    }

    private static String invalid(long bits) {
        return "Invalid state flags bits: " + bits;
    }

    /** These flags and {@code other}'s. */
    public StateFlags with(StateFlags other) {
        return new StateFlags(bits | other.bits);
    }

    /** These flags without {@code other}'s. */
    public StateFlags without(StateFlags other) {
        return new StateFlags(bits & ~other.bits);
    }

    /** Whether every bit of {@code other} is set here. */
    public boolean contains(StateFlags other) {
        return (bits & other.bits) == other.bits;
    }

    /** Whether a bit of {@code other} is set here. */
    public boolean intersects(StateFlags other) {
        return (bits & other.bits) != 0;
    }
}
