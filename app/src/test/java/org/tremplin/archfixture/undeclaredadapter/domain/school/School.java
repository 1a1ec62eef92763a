package org.tremplin.archfixture.undeclaredadapter.domain.school;

public record School(String name) {
}
