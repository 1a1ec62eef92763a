package org.tremplin.archfixture.conforming.application.port.in;

import java.util.Optional;

/** A plain record living beside the outbound ports: the console may use it. */
public record SchoolFilter(Optional<String> text) {
}
