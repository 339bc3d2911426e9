package dev.tauri4j.config.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://*.tauri.app          | https://v2.tauri.app/start/         | true
            https://*.tauri.app          | https://tauri.app/                  | false
            https://*.tauri.app          | https://evil.com/?x=.tauri.app      | false
            https://*.tauri.app          | https://v2.tauri.app.evil.com/      | false
            https://*.tauri.app          | http://v2.tauri.app/                | false
            https://*.tauri.app          | https://v2.tauri.app:8443/          | false
            https://*.tauri.app          | https://user@v2.tauri.app/          | false
            https://example.com          | https://EXAMPLE.com/a/b?c=d#e       | true
            https://example.com/         | https://example.com/deep/path       | true
            https://example.com:443/x    | https://example.com/x               | true
            http://127.0.0.1:8080/app/*  | http://127.0.0.1:8080/app/page.html | true
            http://127.0.0.1:8080/app/*  | http://127.0.0.1:8080/other.html    | false
            http://127.0.0.1:8080/app/*  | http://127.0.0.1:8081/app/page.html | false
            http://127.0.0.1:*/*         | http://127.0.0.1:9/x                | true
            https://example.com/a?x=1    | https://example.com/a?x=2           | false
            https://example.com/a.html   | https://example.com/aXhtml          | false
            """)
    void remoteUrlPatterns(String pattern, String url, boolean matches) {
        assertThat(RemoteUrlPattern.parse(pattern).matches(url)).as(pattern + " ~ " + url).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            example.com              | no scheme
            https://                 | no host
            https://a:b@example.com  | user names
            https://example.com:http | port
            """)
    void badRemotePatterns(String pattern, String reason) {
        assertThatThrownBy(() -> RemoteUrlPattern.parse(pattern)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            *          | main       | true
            main       | main       | true
            main       | main2      | false
            settings-* | settings-1 | true
            settings-* | settings   | false
            win-?      | win-a      | true
            win-?      | win-ab     | false
            *-*        | a-b        | true
            """)
    void windowGlobs(String glob, String label, boolean matches) {
        assertThat(LabelGlob.matches(glob, label)).isEqualTo(matches);
    }
}
