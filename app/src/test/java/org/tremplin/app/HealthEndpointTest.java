package org.tremplin.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class HealthEndpointTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void the_running_application_says_it_is_up() {
        var response = client.toBlocking().exchange(HttpRequest.GET("/health"), Map.class);

        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(response.body()).containsEntry("status", "UP");
    }
}
