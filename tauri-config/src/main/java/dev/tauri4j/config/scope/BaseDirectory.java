package dev.tauri4j.config.scope;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tauri's {@code BaseDirectory}, in the order of the numbers {@code @tauri-apps/api/path} sends (from 1), with the
 * {@code $VARIABLE} a scope path may start with.
 */
public enum BaseDirectory {
    AUDIO("$AUDIO"), CACHE("$CACHE"), CONFIG("$CONFIG"), DATA("$DATA"), LOCAL_DATA("$LOCALDATA"),
    DOCUMENT("$DOCUMENT"), DOWNLOAD("$DOWNLOAD"), PICTURE("$PICTURE"), PUBLIC("$PUBLIC"), VIDEO("$VIDEO"),
    RESOURCE("$RESOURCE"), TEMP("$TEMP"), APP_CONFIG("$APPCONFIG"), APP_DATA("$APPDATA"),
    APP_LOCAL_DATA("$APPLOCALDATA"), APP_CACHE("$APPCACHE"), APP_LOG("$APPLOG"), DESKTOP("$DESKTOP"),
    EXECUTABLE("$EXE"), FONT("$FONT"), HOME("$HOME"), RUNTIME("$RUNTIME"), TEMPLATE("$TEMPLATE");

    private final String variable;

    BaseDirectory(String variable) {
        this.variable = variable;
    }

    /** The variable, e.g. {@code $APPDATA}. */
    public String variable() {
        return variable;
    }

    /** Tauri's number for it (Audio = 1 ... Template = 23). */
    public int number() {
        return ordinal() + 1;
    }

    /** The directory a variable stands for; case-sensitive, as in Tauri. */
    public static Optional<BaseDirectory> ofVariable(String variable) {
        return Arrays.stream(values()).filter(d -> d.variable.equals(variable)).findFirst();
    }

    /** Every variable, for messages. */
    public static List<String> variables() {
        return Arrays.stream(values()).map(BaseDirectory::variable).toList();
    }
}
