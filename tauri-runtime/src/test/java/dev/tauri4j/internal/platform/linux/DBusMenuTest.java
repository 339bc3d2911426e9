package dev.tauri4j.internal.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.internal.platform.MenuWatchers;
import dev.tauri4j.menu.CheckMenuItem;
import dev.tauri4j.menu.Menu;
import dev.tauri4j.menu.MenuItem;
import dev.tauri4j.menu.MenuItemBase;
import dev.tauri4j.menu.PredefinedMenuItem;
import dev.tauri4j.menu.Submenu;
import dev.tauri4j.menu.TextItem;
import dev.tauri4j.plugin.SessionBus.Variant;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A tray menu as com.canonical.dbusmenu: the layout GetLayout answers (through GLib's parser), events, and change signals. */
class DBusMenuTest {

    private final List<MenuItemBase> clicked = new CopyOnWriteArrayList<>();
    private final List<List<Object>> signals = new CopyOnWriteArrayList<>();

    private DBusMenu menu(Menu root) {
        return new DBusMenu(root, clicked::add, (signal, signature, args) -> signals.add(List.of(signal, signature, List.of(args))));
    }

    private static Menu sample() {
        return Menu.builder()
                .item(MenuItem.builder("&Open").id("open").build())
                .check("wrap", "Wrap", true)
                .separator()
                .predefined(PredefinedMenuItem.Type.SERVICES) // macOS only: not shown
                .submenu("More", m -> m.text("deep", "Deep_er").item(MenuItem.builder("Off").id("off").enabled(false).build()))
                .build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIconMenuItemsIconGoesAsThePngOfIconDataAndAChangeIsAnnounced() throws Throwable {
        byte[] red = new byte[4 * 4 * 4];
        for (int i = 0; i < red.length; i += 4) { red[i] = (byte) 255; red[i + 3] = (byte) 255; }
        dev.tauri4j.menu.IconMenuItem item = dev.tauri4j.menu.IconMenuItem.builder("Red").id("red")
                .icon(dev.tauri4j.plugin.Image.of(red, 4, 4)).build();
        DBusMenu dbus = menu(Menu.builder().item(item).item(MenuItem.builder("Plain").id("plain").build()).build());
        DBusObject.Reply reply = dbus.call("GetLayout", List.of(0, -1, List.of()));
        List<Object> read;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = DBusSession.parseValue(arena, reply.signature(), GVariantText.encode(reply.signature(), List.of(reply.values())));
            read = GVariantValues.tuple(v);
            DBusSession.unref(v);
        }
        List<Object> children = (List<Object>) ((List<Object>) read.get(1)).get(2);
        Map<String, Object> first = (Map<String, Object>) ((List<Object>) children.get(0)).get(1);
        assertThat(dev.tauri4j.plugin.Image.decode((byte[]) first.get("icon-data"))).as("a PNG of the same pixels")
                .isEqualTo(dev.tauri4j.plugin.Image.of(red, 4, 4));
        assertThat((Map<String, Object>) ((List<Object>) children.get(1)).get(1)).doesNotContainKey("icon-data");

        signals.clear();
        item.setIcon(dev.tauri4j.plugin.Image.of(new byte[4 * 8 * 8], 8, 8));
        assertThat(signals).hasSize(1);
        List<Object> updated = (List<Object>) ((List<Object>) ((List<Object>) signals.getFirst().get(2)).get(0)).get(0);
        assertThat(dev.tauri4j.plugin.Image.decode((byte[]) ((Map<String, Object>) updated.get(1)).get("icon-data")).width()).isEqualTo(8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void getLayoutAnswersTheTreeInTheDbusmenuShape() throws Throwable {
        DBusMenu dbus = menu(sample());
        DBusObject.Reply reply = dbus.call("GetLayout", List.of(0, -1, List.of()));
        assertThat(reply.signature()).isEqualTo("(u(ia{sv}av))");

        // what goes on the bus: GLib must take the text for this type, and reading it back gives the tree
        List<Object> read;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = DBusSession.parseValue(arena, reply.signature(), GVariantText.encode(reply.signature(), List.of(reply.values())));
            read = GVariantValues.tuple(v);
            DBusSession.unref(v);
        }
        List<Object> root = (List<Object>) read.get(1);
        assertThat(root.get(0)).isEqualTo(0);
        assertThat((Map<String, Object>) root.get(1)).containsEntry("children-display", "submenu");
        List<Object> children = (List<Object>) root.get(2);
        assertThat(children).hasSize(4); // Services is left out
        Map<String, Object> open = props(children.get(0));
        assertThat(open).containsEntry("label", "_Open").containsEntry("enabled", true).containsEntry("visible", true);
        assertThat(props(children.get(1))).containsEntry("label", "Wrap").containsEntry("toggle-type", "checkmark")
                .containsEntry("toggle-state", 1);
        assertThat(props(children.get(2))).containsEntry("type", "separator").doesNotContainKey("label");
        List<Object> more = (List<Object>) children.get(3);
        assertThat((Map<String, Object>) more.get(1)).containsEntry("label", "More").containsEntry("children-display", "submenu");
        List<Object> deep = (List<Object>) more.get(2);
        assertThat(props(deep.get(0))).containsEntry("label", "Deep__er");
        assertThat(props(deep.get(1))).containsEntry("enabled", false);

        List<Integer> ids = List.of((Integer) ((List<Object>) children.get(0)).get(0), (Integer) ((List<Object>) children.get(1)).get(0),
                (Integer) more.get(0), (Integer) ((List<Object>) deep.get(0)).get(0));
        assertThat(ids).doesNotHaveDuplicates().doesNotContain(0);

        // depth 0 of the submenu: its node without children; a property filter keeps only what was asked
        List<Object> shallow = (List<Object>) dbus.call("GetLayout", List.of(ids.get(2), 0, List.of("label"))).values()[1];
        assertThat(shallow.get(0)).isEqualTo(ids.get(2));
        assertThat((Map<String, Object>) shallow.get(1)).containsOnlyKeys("label");
        assertThat((List<Object>) shallow.get(2)).isEmpty();

        List<Object> group = (List<Object>) dbus.call("GetGroupProperties", List.of(List.of(ids.get(1), 999), List.of())).values()[0];
        assertThat(group).hasSize(1);
        assertThatThrownBy(() -> dbus.call("GetLayout", List.of(999, -1, List.of()))).isInstanceOf(DBusObject.Failure.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Object node) {
        Object n = node instanceof Variant v ? v.value() : node;
        return (Map<String, Object>) ((List<Object>) n).get(1);
    }

    @SuppressWarnings("unchecked")
    private static int idOf(DBusMenu dbus, int index) throws Exception {
        List<Object> root = (List<Object>) dbus.call("GetLayout", List.of(0, 1, List.of())).values()[1];
        return (Integer) ((List<Object>) ((Variant) ((List<Object>) root.get(2)).get(index)).value()).get(0);
    }

    @Test
    void aClickedEventReachesTheClickSinkAndDisabledItemsAndMenusSendNothing() throws Exception {
        Menu root = sample();
        DBusMenu dbus = menu(root);
        dbus.call("Event", List.of(idOf(dbus, 0), "clicked", 0, 0L));
        dbus.call("Event", List.of(idOf(dbus, 0), "hovered", 0, 0L));
        dbus.call("Event", List.of(idOf(dbus, 3), "clicked", 0, 0L)); // the submenu
        Object missing = dbus.call("EventGroup", List.of(List.of(List.of(idOf(dbus, 1), "clicked", 0, 0L), List.of(4242, "clicked", 0, 0L)))).values()[0];
        assertThat(missing).isEqualTo(List.of(4242));
        assertThat(clicked).extracting(MenuItemBase::id).containsExactly("open", "wrap");
        assertThat(dbus.call("AboutToShow", List.of(0)).values()).containsExactly(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void changesAreAnnouncedAndWatchersEndWithTheMenu() throws Exception {
        Menu root = sample();
        DBusMenu dbus = menu(root);
        dbus.call("GetLayout", List.of(0, -1, List.of()));
        signals.clear();
        CheckMenuItem wrap = (CheckMenuItem) root.get("wrap").orElseThrow();
        wrap.setChecked(false);
        assertThat(signals).hasSize(1);
        assertThat(signals.getFirst().get(0)).isEqualTo("ItemsPropertiesUpdated");
        List<Object> args = (List<Object>) signals.getFirst().get(2);
        List<Object> updated = (List<Object>) ((List<Object>) args.get(0)).getFirst();
        assertThat(updated.get(0)).isEqualTo(idOf(dbus, 1));
        assertThat((Map<String, Object>) updated.get(1)).containsEntry("toggle-state", 0);
        // the signal's values are what GLib takes for its type
        GVariantText.encode((String) signals.getFirst().get(1), args);

        signals.clear();
        Submenu more = (Submenu) root.items().get(4);
        ((TextItem) more.items().getFirst()).setText("Deepest");
        assertThat(signals).extracting(s -> s.get(0)).containsExactly("ItemsPropertiesUpdated");

        signals.clear();
        MenuItem added = MenuItem.builder("Added").id("added").build();
        root.append(added);
        assertThat(signals).extracting(s -> s.get(0)).containsExactly("LayoutUpdated");
        added.setText("Added 2"); // watched from the moment it is in the menu
        assertThat(signals).extracting(s -> s.get(0)).containsExactly("LayoutUpdated", "ItemsPropertiesUpdated");

        dbus.close();
        assertThat(MenuWatchers.count(wrap)).isZero();
        assertThat(MenuWatchers.count(root)).isZero();
        assertThat(MenuWatchers.count(added)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutAMenuTheRootIsEmptyAndAMenuGivenLaterReplacesTheLayout() throws Exception {
        DBusMenu dbus = menu(null);
        List<Object> empty = (List<Object>) dbus.call("GetLayout", List.of(0, -1, List.of())).values()[1];
        assertThat((List<Object>) empty.get(2)).isEmpty();
        signals.clear();
        dbus.setRoot(sample());
        assertThat(signals).extracting(s -> s.get(0)).containsExactly("LayoutUpdated");
        List<Object> full = (List<Object>) dbus.call("GetLayout", List.of(0, -1, List.of())).values()[1];
        assertThat((List<Object>) full.get(2)).hasSize(4);
        dbus.close();
    }
}
