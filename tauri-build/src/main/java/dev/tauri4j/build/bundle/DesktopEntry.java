package dev.tauri4j.build.bundle;

import dev.tauri4j.build.BuildLog;

import java.util.Map;
import java.util.Set;
import static java.util.Map.entry;

/** The freedesktop {@code .desktop} file that puts the app in the desktop's menu, and the category mapping. */
final class DesktopEntry {

    /**
     * Where a Tauri bundle category lands.
     *
     * @param categories the desktop entry's Categories value, e.g. "Development;"
     * @param debSection the Debian section, e.g. "devel"
     */
    record Category(String categories, String debSection) {
    }

    private static final Category UTILITY = new Category("Utility;", "utils");

    // Tauri's AppCategory names (bundle.category) to freedesktop main (+ additional) categories and Debian sections.
    private static final Map<String, Category> TAURI = Map.ofEntries(
            entry("Business", new Category("Office;", "misc")),
            entry("DeveloperTool", new Category("Development;", "devel")),
            entry("Education", new Category("Education;", "education")),
            entry("Entertainment", new Category("AudioVideo;", "video")),
            entry("Finance", new Category("Office;Finance;", "misc")),
            entry("Game", new Category("Game;", "games")),
            entry("ActionGame", new Category("Game;ActionGame;", "games")),
            entry("AdventureGame", new Category("Game;AdventureGame;", "games")),
            entry("ArcadeGame", new Category("Game;ArcadeGame;", "games")),
            entry("BoardGame", new Category("Game;BoardGame;", "games")),
            entry("CardGame", new Category("Game;CardGame;", "games")),
            entry("CasinoGame", new Category("Game;", "games")),
            entry("DiceGame", new Category("Game;", "games")),
            entry("EducationalGame", new Category("Game;Education;", "games")),
            entry("FamilyGame", new Category("Game;", "games")),
            entry("KidsGame", new Category("Game;KidsGame;", "games")),
            entry("MusicGame", new Category("Game;", "games")),
            entry("PuzzleGame", new Category("Game;LogicGame;", "games")),
            entry("RacingGame", new Category("Game;", "games")),
            entry("RolePlayingGame", new Category("Game;RolePlaying;", "games")),
            entry("SimulationGame", new Category("Game;Simulation;", "games")),
            entry("SportsGame", new Category("Game;SportsGame;", "games")),
            entry("StrategyGame", new Category("Game;StrategyGame;", "games")),
            entry("TriviaGame", new Category("Game;", "games")),
            entry("WordGame", new Category("Game;", "games")),
            entry("GraphicsAndDesign", new Category("Graphics;", "graphics")),
            entry("HealthcareAndFitness", new Category("Utility;", "utils")),
            entry("Lifestyle", new Category("Utility;", "utils")),
            entry("Medical", new Category("Science;MedicalSoftware;", "science")),
            entry("Music", new Category("AudioVideo;Audio;Music;", "sound")),
            entry("News", new Category("Network;News;", "news")),
            entry("Photography", new Category("Graphics;Photography;", "graphics")),
            entry("Productivity", new Category("Office;", "misc")),
            entry("Reference", new Category("Education;", "doc")),
            entry("SocialNetworking", new Category("Network;Chat;", "net")),
            entry("Sports", new Category("Utility;", "utils")),
            entry("Travel", new Category("Utility;", "utils")),
            entry("Utility", UTILITY),
            entry("Video", new Category("AudioVideo;Video;", "video")),
            entry("Weather", new Category("Utility;", "utils")));

    private static final Set<String> FREEDESKTOP_MAIN = Set.of("AudioVideo", "Audio", "Video", "Development",
            "Education", "Game", "Graphics", "Network", "Office", "Science", "Settings", "System", "Utility");

    private DesktopEntry() {
    }

    /** Maps {@code bundle.category}; null means Utility, and an unknown name is a warning, not a failure. */
    static Category category(String category, BuildLog log) {
        if (category == null || category.isBlank()) return UTILITY;
        Category c = TAURI.get(category);
        if (c != null) return c;
        if (FREEDESKTOP_MAIN.contains(category)) return new Category(category + ";", "misc");
        log.warn("bundle.category \"" + category + "\" is neither a Tauri category nor a freedesktop main category; "
                + "using Utility. Fix: use e.g. \"Utility\", \"DeveloperTool\", \"Productivity\" or \"Game\"");
        return UTILITY;
    }

    /** The desktop entry text; {@code iconName} is null when the package ships no icon. */
    static String render(BundleRequest request, PackageNames names, String iconName, Category category) {
        StringBuilder sb = new StringBuilder("[Desktop Entry]\n");
        sb.append("Type=Application\n");
        sb.append("Name=").append(escape(request.productName())).append('\n');
        sb.append("Comment=").append(escape(request.shortDescription())).append('\n');
        // %u: the desktop passes the URL of a registered scheme (deep-link) as the only argument
        sb.append("Exec=/usr/bin/").append(names.name()).append(request.urlSchemes().isEmpty() ? "" : " %u").append('\n');
        if (iconName != null) sb.append("Icon=").append(iconName).append('\n');
        sb.append("Terminal=false\n");
        sb.append("Categories=").append(category.categories()).append('\n');
        if (!request.urlSchemes().isEmpty()) {
            sb.append("MimeType=");
            for (String scheme : request.urlSchemes()) sb.append("x-scheme-handler/").append(scheme).append(';');
            sb.append('\n');
        }
        return sb.toString();
    }

    // Desktop entry strings escape \ and control characters; a value must stay on one line.
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }
}
