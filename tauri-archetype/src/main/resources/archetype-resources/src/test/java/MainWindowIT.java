package ${package};

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tauri4j.test.AppLauncher;
import dev.tauri4j.test.TauriDriver;
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

    private static TauriDriver app;

    @BeforeAll
    static void launch() {
        app = TauriDriver.start(AppLauncher.mainClass(Main.class));
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
}
