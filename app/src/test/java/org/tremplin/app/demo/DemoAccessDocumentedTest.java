package org.tremplin.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README tells newcomers how to get in: it must tell the values the application installs. */
class DemoAccessDocumentedTest {

    @Test
    void the_readme_gives_the_demo_credentials_the_application_installs() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(readme).contains(DemoAccess.ADMIN_EMAIL, DemoAccess.ADMIN_PASSWORD,
                DemoAccess.INTEGRATOR_TOKEN_SECRET, DemoAccess.INTEGRATOR_TOKEN_NAME);
    }
}
