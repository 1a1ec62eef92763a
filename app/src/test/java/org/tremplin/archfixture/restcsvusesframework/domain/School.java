package org.tremplin.archfixture.restcsvusesframework.domain;

public record School(String name) {
}
