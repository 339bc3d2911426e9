package dev.tauri4j.internal.assets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauri4j.config.CspModification;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    private static final List<String> HASH = List.of("'sha256-abc='");

    private static String allow(String policy, CspModification modification) {
        return ContentSecurityPolicy.parse(policy).allow("script-src", HASH, modification).toString();
    }

    @Test
    void hashesAreAppendedToAnExistingScriptSrc() {
        assertThat(allow("default-src 'self'; script-src 'self' https://cdn.example", CspModification.ALLOWED))
                .isEqualTo("default-src 'self'; script-src 'self' https://cdn.example 'sha256-abc='");
    }

    @Test
    void withoutScriptSrcItIsCreatedFromDefaultSrc() {
        assertThat(allow("default-src 'self' data:; img-src *", CspModification.ALLOWED))
                .isEqualTo("default-src 'self' data:; img-src *; script-src 'self' data: 'sha256-abc='");
    }

    @Test
    void withNeitherScriptsAreUnrestrictedAndNothingIsAdded() {
        assertThat(allow("img-src 'self'", CspModification.ALLOWED)).isEqualTo("img-src 'self'");
    }

    @Test
    void theOptOutKeepsThePolicyAsWrittenWhollyOrPerDirective() {
        String policy = "default-src 'self'; script-src 'self'";
        assertThat(allow(policy, CspModification.DISABLED)).isEqualTo(policy);
        assertThat(allow(policy, new CspModification(false, Set.of("SCRIPT-SRC")))).isEqualTo(policy);
        assertThat(allow(policy, new CspModification(false, Set.of("style-src")))).endsWith("'sha256-abc='");
    }

    @Test
    void noneGivesWayAndTheFirstOfTwoEqualDirectivesCounts() {
        assertThat(allow("script-src 'none'; Script-Src *", CspModification.ALLOWED)).isEqualTo("script-src 'sha256-abc='");
    }

    @Test
    void sourcesAreAddedOnce() {
        assertThat(ContentSecurityPolicy.parse("script-src 'sha256-abc='").allow("script-src", HASH, CspModification.ALLOWED)
                .sources("script-src")).containsExactly("'sha256-abc='");
    }
}
