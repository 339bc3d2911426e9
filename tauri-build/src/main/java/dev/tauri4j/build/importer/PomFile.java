package dev.tauri4j.build.importer;

import java.util.List;

/** The {@code pom.xml} of an imported app: the archetype's build, with the plugin artifacts the app needs. */
final class PomFile {

    private PomFile() {}

    /**
     * @param groupId    from the Tauri identifier ({@code com.example} for {@code com.example.app})
     * @param artifactId from package.json's name or the product name
     * @param version    the app's version
     * @param name       the product name
     * @param mainClass  the generated Main
     * @param tauri4j    the tauri4j version (the plugin's own)
     * @param plugins    the {@code dev.tauri4j.plugins} artifact ids to depend on
     */
    static String text(String groupId, String artifactId, String version, String name, String mainClass, String tauri4j,
            List<String> plugins) {
        StringBuilder deps = new StringBuilder();
        for (String plugin : plugins) {
            deps.append("""
                        <dependency>
                          <groupId>dev.tauri4j.plugins</groupId>
                          <artifactId>%s</artifactId>
                          <version>${tauri4j.version}</version>
                        </dependency>
                    """.formatted(plugin));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by tauri:import from the Tauri project in this folder: the frontend, src-tauri/tauri.conf.json and
                     src-tauri/capabilities stay where they are; the commands are Java (src/main/java). -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <name>%s</name>

                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>25</maven.compiler.release>
                    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
                    <tauri4j.version>%s</tauri4j.version>
                  </properties>

                  <dependencies>
                    <dependency>
                      <groupId>dev.tauri4j</groupId>
                      <artifactId>tauri-runtime</artifactId>
                      <version>${tauri4j.version}</version>
                    </dependency>
                %s  </dependencies>

                  <build>
                    <plugins>
                      <plugin>
                        <!-- first, in validate: tauri4j is built for JDK 25, so an older JDK would fail later with a bare "release 25 not supported" -->
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-enforcer-plugin</artifactId>
                        <version>3.6.2</version>
                        <executions>
                          <execution>
                            <id>require-jdk-25</id>
                            <goals><goal>enforce</goal></goals>
                            <configuration>
                              <rules>
                                <requireJavaVersion>
                                  <version>[25,)</version>
                                  <message>This app needs JDK 25 or newer (tauri4j uses the FFM API and JDK 25 tools); Maven runs on JDK ${java.version}. Fix: install JDK 25 (Debian: a Temurin 25 package under /usr/lib/jvm) and point Maven at it: export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64</message>
                                </requireJavaVersion>
                              </rules>
                            </configuration>
                          </execution>
                        </executions>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.14.1</version>
                        <configuration>
                          <!-- turns the @Command methods into a registrar and src/bindings.ts (typed functions for the frontend) -->
                          <annotationProcessorPaths>
                            <path>
                              <groupId>dev.tauri4j</groupId>
                              <artifactId>tauri-processor</artifactId>
                              <version>${tauri4j.version}</version>
                            </path>
                          </annotationProcessorPaths>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.4</version>
                        <configuration>
                          <argLine>--enable-native-access=ALL-UNNAMED</argLine>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-jar-plugin</artifactId>
                        <version>3.4.2</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>3.3.1</version>
                      </plugin>
                      <plugin>
                        <!-- tauri:build finds src-tauri/tauri.conf.json, runs beforeBuildCommand (installing the packages first on a fresh clone), embeds frontendDist -->
                        <groupId>dev.tauri4j</groupId>
                        <artifactId>tauri-maven-plugin</artifactId>
                        <version>${tauri4j.version}</version>
                        <configuration>
                          <mainClass>%s</mainClass>
                        </configuration>
                        <executions>
                          <execution>
                            <goals><goal>build</goal></goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(xml(groupId), xml(artifactId), xml(version), xml(name), xml(tauri4j), deps, xml(mainClass));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
