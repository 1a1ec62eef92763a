package org.tremplin.application.person;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.tremplin.application.common.Page;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.EmailAddress;

/**
 * The records of people a school follows (applicants, learners), under the rules they share: read
 * with the personal-data permission, changed with the learner-management one, and always handed out
 * as what their reader may see of them.
 *
 * @param <R> the record
 * @param <I> its identifier
 * @param <V> what a reader sees of it
 */
public final class PersonRecords<R, I, V> {
    private final UseCaseSupport support;
    private final VersionedRecords<R, I> records;
    private final BiFunction<R, Actor, V> visibleTo;

    public PersonRecords(UseCaseSupport support, VersionedRecords<R, I> records, BiFunction<R, Actor, V> visibleTo) {
        this.support = support;
        this.records = records;
        this.visibleTo = visibleTo;
    }

    public V get(I id) {
        return support.readWith(Permission.READ_PERSONAL_DATA,
                actor -> visibleTo.apply(records.findInScope(id, actor), actor));
    }

    /** The page {@code query} finds for the reader, each record as that reader may see it. */
    public Page<V> list(Function<Actor, Page<R>> query) {
        return support.readWith(Permission.READ_PERSONAL_DATA,
                actor -> query.apply(actor).map(record -> visibleTo.apply(record, actor)));
    }

    public V change(I id, long version, String action, UnaryOperator<R> change) {
        Actor actor = support.require(Permission.MANAGE_LEARNERS);
        R saved = records.change(action, () -> records.findInScope(id, actor), version, change);
        return visibleTo.apply(saved, actor);
    }

    /**
     * Corrects the person's details once every one of them has been checked; a disability status left
     * out keeps the one recorded.
     */
    public V correct(I id, long version, String action, PersonDetails details, Correction<R> correction,
                     Function<R, DisabilityStatus> recordedDisability) {
        ValidPerson person = ValidPerson.read(details, support.actor());
        return change(id, version, action, record -> correction.correct(record, person.name(), person.email(),
                person.profile(), person.disabilityOr(recordedDisability.apply(record))));
    }

    /** How a record takes corrected details, such as {@code Learner::correct}. */
    @FunctionalInterface
    public interface Correction<R> {
        R correct(R record, PersonName name, EmailAddress email, InclusionProfile profile, DisabilityStatus disability);
    }
}
