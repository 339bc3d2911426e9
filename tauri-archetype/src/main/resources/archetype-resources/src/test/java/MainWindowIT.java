package ${package};

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real app in a real window: {@link Main} on a virtual display (Xvfb), driven through WebKitWebDriver.
 * Needs Linux with WebKitGTK 4.1, Xvfb and WebKitWebDriver; {@code TauriDriver} says what to install otherwise.
 */
class MainWindowIT {

    /** The app's data folders ($XDG_DATA_HOME), new for each run: the store writes there, not in your own. */
    private static Path data;
    private static TauriDriver app;

    @BeforeAll
    static void launch() throws IOException {
        data = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "it-data");
        app = TauriDriver.start(AppLauncher.mainClass(Main.class).env("XDG_DATA_HOME", data.toString()));
    }

    @AfterAll
    static void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void typingANameAndClickingGreetShowsJavasAnswer() {
        WebDriverWait wait = new WebDriverWait(app.driver(), Duration.ofSeconds(20));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("greet-input"))).sendKeys("Maven");
        app.driver().findElement(By.id("greet-button")).click();
        wait.until(ExpectedConditions.textMatches(By.id("greet-msg"), java.util.regex.Pattern.compile("Hello, Maven!.*")));
        String answer = app.driver().findElement(By.id("greet-msg")).getText();
        assertTrue(answer.contains("greeted from Java"), () -> answer + "\n---- app log ----\n" + app.appLog());
        // what the user saw, for a look after the build
        app.screenshot(Path.of("target/screenshots/main-window.png"));
    }

    @Test
    void aSavedNoteLandsInTheStoreFileInTheAppsDataFolder() throws IOException {
        WebDriverWait wait = new WebDriverWait(app.driver(), Duration.ofSeconds(20));
        String note = "Saved at " + System.nanoTime();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("note-input"))).clear();
        app.driver().findElement(By.id("note-input")).sendKeys(note);
        app.driver().findElement(By.id("note-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("note-msg"), "Saved in notes.json"));
        // the store plugin's file: notes.json in $APPDATA, the data folder named after tauri.conf.json's identifier
        String file = Files.readString(data.resolve("${identifier}/notes.json"));
        assertTrue(file.contains("\"note\": \"" + note + "\""), file);
    }
}
