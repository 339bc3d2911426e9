package dev.tauri4j.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauri4j.internal.platform.MenuWatchers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The menu model of the Java API: builders, ids, edits, the checks on bad input, and change notices. */
class MenuModelTest {

    @Test
    void aBuilderMakesTheTreeInOrderWithGivenAndGeneratedIds() {
        Menu menu = Menu.builder()
                .submenu("File", f -> f.text("open", "Open", "CmdOrCtrl+O").separator().check("wrap", "Wrap", true))
                .text("about", "About")
                .build();
        assertThat(menu.items()).hasSize(2);
        Submenu file = (Submenu) menu.items().getFirst();
        assertThat(file.text()).isEqualTo("File");
        assertThat(file.id()).matches("[0-9]+");
        assertThat(file.items()).extracting(MenuItemBase::kind).containsExactly(ItemKind.MENU_ITEM, ItemKind.PREDEFINED, ItemKind.CHECK);
        assertThat(((MenuItem) file.items().getFirst()).accelerator()).isEqualTo("CmdOrCtrl+O");
        assertThat(((CheckMenuItem) file.get("wrap").orElseThrow()).isChecked()).isTrue();
        assertThat(menu.get("open")).as("get looks at direct items only, as Tauri").isEmpty();
        assertThat(MenuItem.builder("a").build().id()).isNotEqualTo(MenuItem.builder("b").build().id());
    }

    @Test
    void editsKeepOrderAndRefuseWhatCannotBe() {
        MenuItem a = MenuItem.builder("A").id("a").build(), b = MenuItem.builder("B").id("b").build();
        Submenu sub = Submenu.builder("Sub").item(a).build();
        sub.append(b);
        sub.prepend(PredefinedMenuItem.of(PredefinedMenuItem.Type.SEPARATOR));
        sub.insert(1, MenuItem.builder("X").id("x").build());
        assertThat(sub.items()).extracting(MenuItemBase::id).endsWith("x", "a", "b");
        assertThat(sub.removeAt(0)).isPresent();
        sub.remove(a);
        assertThat(sub.items()).extracting(MenuItemBase::id).containsExactly("x", "b");
        assertThat(sub.removeAt(5)).isEmpty();
        assertThatThrownBy(() -> sub.remove(a)).hasMessageContaining("is not an item of");
        assertThatThrownBy(() -> sub.insert(9, a)).hasMessageContaining("position 9 is past the end");
        assertThatThrownBy(() -> sub.append(Menu.of())).hasMessageContaining("use a Submenu");
        assertThatThrownBy(() -> sub.append(sub)).hasMessageContaining("cannot be an item of itself");
        Submenu outer = Submenu.builder("Outer").item(sub).build();
        assertThatThrownBy(() -> sub.append(outer)).hasMessageContaining("cannot be an item of itself");
    }

    @Test
    void badAcceleratorsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> MenuItem.builder("x").accelerator("Ctrl+").build()).hasMessageContaining("empty part");
        assertThatThrownBy(() -> MenuItem.builder("x").accelerator("Ctrl+Q+W").build()).hasMessageContaining("more after its key");
        MenuItem item = MenuItem.builder("x").build();
        assertThatThrownBy(() -> item.setAccelerator("Hyper+Q")).hasMessageContaining("\"Hyper\" is no key");
        assertThat(item.accelerator()).isNull();
    }

    @Test
    void everyChangeTellsTheWatchersAndAnUnwatchedOneHearsNothing() {
        List<String> heard = new ArrayList<>();
        MenuItem item = MenuItem.builder("x").build();
        Submenu sub = Submenu.builder("s").build();
        CheckMenuItem check = CheckMenuItem.builder("c").build();
        Consumer<MenuItemBase> watcher = i -> heard.add(i.kind().wireName());
        MenuWatchers.watch(item, watcher);
        MenuWatchers.watch(sub, watcher);
        MenuWatchers.watch(check, watcher);
        item.setText("y");
        item.setEnabled(false);
        item.setAccelerator("F5");
        sub.append(item);
        sub.setText("t");
        check.setChecked(true);
        check.setChecked(true); // no change, no notice
        assertThat(heard).containsExactly("MenuItem", "MenuItem", "MenuItem", "Submenu", "Submenu", "Check");
        MenuWatchers.unwatch(item, watcher);
        item.setText("z");
        assertThat(heard).hasSize(6);
        assertThat(MenuWatchers.count(item)).isZero();
        MenuWatchers.unwatch(sub, watcher);
        MenuWatchers.unwatch(check, watcher);
    }

    @Test
    void predefinedItemsHaveTauriNamesAndDefaultTexts() {
        assertThat(PredefinedMenuItem.Type.ofWireName("SelectAll")).isEqualTo(PredefinedMenuItem.Type.SELECT_ALL);
        assertThat(PredefinedMenuItem.Type.ofWireName("Nope")).isNull();
        assertThat(PredefinedMenuItem.of(PredefinedMenuItem.Type.QUIT).text()).isEqualTo("&Quit");
        assertThat(PredefinedMenuItem.of(PredefinedMenuItem.Type.QUIT, "Leave").text()).isEqualTo("Leave");
        assertThat(PredefinedMenuItem.Type.SERVICES.shownOnLinux()).isFalse();
        var about = new PredefinedMenuItem.AboutMetadata("App", "1.0", "100", null, null, null, null, null, null, null);
        assertThat(about.fullVersion()).isEqualTo("1.0 (100)");
        assertThat(PredefinedMenuItem.about(null, about).text()).isEqualTo("&About App");
    }
}
