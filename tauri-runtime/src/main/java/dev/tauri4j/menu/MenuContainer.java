package dev.tauri4j.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link Menu} or a {@link Submenu}: an ordered list of items, changeable at run time. */
public abstract sealed class MenuContainer extends MenuItemBase permits Menu, Submenu {

    private final List<MenuItemBase> items = new ArrayList<>();

    MenuContainer(String id, List<MenuItemBase> items) {
        super(id);
        for (MenuItemBase item : items) check(item);
        this.items.addAll(items);
    }

    /** A copy of the items, in order. */
    public synchronized List<MenuItemBase> items() {
        return List.copyOf(items);
    }

    /** The direct item with this id (submenus are not searched, as in Tauri). */
    public synchronized Optional<MenuItemBase> get(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Adds items at the end. */
    public void append(MenuItemBase... added) {
        insert(-1, added);
    }

    /** Adds items at the beginning. */
    public void prepend(MenuItemBase... added) {
        insert(0, added);
    }

    /**
     * Adds items from {@code position} on.
     *
     * @throws IndexOutOfBoundsException when {@code position} is past the end
     */
    public void insert(int position, MenuItemBase... added) {
        for (MenuItemBase item : added) check(item);
        synchronized (this) {
            int at = position < 0 ? items.size() : position;
            if (at > items.size()) {
                throw new IndexOutOfBoundsException("position " + position + " is past the end of " + this + " ("
                        + items.size() + " items)");
            }
            items.addAll(at, List.of(added));
        }
        changed();
    }

    /**
     * Removes an item.
     *
     * @throws IllegalArgumentException when the item is not in this menu
     */
    public void remove(MenuItemBase item) {
        synchronized (this) {
            if (!items.removeIf(i -> i == item)) {
                throw new IllegalArgumentException(item + " is not an item of " + this);
            }
        }
        changed();
    }

    /** Removes the item at {@code position} and returns it; empty when there is none there. */
    public Optional<MenuItemBase> removeAt(int position) {
        MenuItemBase removed;
        synchronized (this) {
            if (position < 0 || position >= items.size()) return Optional.empty();
            removed = items.remove(position);
        }
        changed();
        return Optional.of(removed);
    }

    private void check(MenuItemBase item) {
        java.util.Objects.requireNonNull(item, "item");
        if (item instanceof Menu) {
            throw new IllegalArgumentException("a Menu cannot be an item of another menu: use a Submenu for " + item);
        }
        if (item == this || item instanceof MenuContainer c && c.contains(this)) {
            throw new IllegalArgumentException(item + " cannot be an item of itself");
        }
    }

    private boolean contains(MenuItemBase target) {
        for (MenuItemBase i : items()) {
            if (i == target || i instanceof MenuContainer c && c.contains(target)) return true;
        }
        return false;
    }
}
