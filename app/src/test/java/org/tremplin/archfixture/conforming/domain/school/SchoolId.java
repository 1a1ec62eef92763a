package org.tremplin.archfixture.conforming.domain.school;

import java.util.UUID;

public record SchoolId(UUID value) {
}
