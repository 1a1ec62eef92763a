package org.tremplin.archfixture.tabularusesframework.domain;

public record School(String name) {
}
