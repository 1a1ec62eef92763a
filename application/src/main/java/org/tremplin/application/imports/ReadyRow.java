package org.tremplin.application.imports;

/** A row that passed every check, read into what the use case writing it takes. */
record ReadyRow<T>(int line, T value) {
}
