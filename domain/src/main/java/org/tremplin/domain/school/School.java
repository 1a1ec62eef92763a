package org.tremplin.domain.school;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.shared.Require;

/**
 * A school of the network. Its département must belong to its region; an open school has an
 * opening date, a closed one also a closing date that does not come before it.
 *
 * @param version the optimistic-locking version: 0 for a school never saved
 */
public record School(
        SchoolId id,
        long version,
        String name,
        String town,
        Region region,
        Departement departement,
        SchoolStatus status,
        Optional<LocalDate> openedOn,
        Optional<LocalDate> closedOn) {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int TOWN_MAX_LENGTH = 100;

    public School {
        Require.present(id, "id");
        name = Require.text(name, "name", NAME_MAX_LENGTH);
        town = Require.text(town, "town", TOWN_MAX_LENGTH);
        Require.present(region, "region");
        Require.present(departement, "departement");
        Require.present(status, "status");
        Require.present(openedOn, "openedOn");
        Require.present(closedOn, "closedOn");
        if (!region.contains(departement)) {
            throw new InvalidValueException("departement", ErrorCodes.DEPARTEMENT_NOT_IN_REGION,
                    "departement " + departement + " is not in region " + region.frenchName());
        }
        if (status != SchoolStatus.PLANNED && openedOn.isEmpty()) {
            throw new InvalidValueException("openedOn", ErrorCodes.REQUIRED, "an open or closed school has an opening date");
        }
        if (status == SchoolStatus.CLOSED) {
            LocalDate closing = closedOn.orElseThrow(() -> new InvalidValueException("closedOn",
                    ErrorCodes.REQUIRED, "a closed school has a closing date"));
            Require.notBefore(closing, openedOn.get(), "closedOn", "openedOn");
        } else if (closedOn.isPresent()) {
            throw new InvalidValueException("closedOn", ErrorCodes.OUT_OF_RANGE, "only a closed school has a closing date");
        }
    }

    /** A school that is being prepared; {@code plannedOpening} is the date it is expected to open, if known. */
    public static School plan(SchoolId id, String name, String town, Region region, Departement departement,
                              Optional<LocalDate> plannedOpening) {
        return new School(id, 0, name, town, region, departement, SchoolStatus.PLANNED, plannedOpening, Optional.empty());
    }

    public School rename(String newName, String newTown, Region newRegion, Departement newDepartement) {
        return new School(id, version, newName, newTown, newRegion, newDepartement, status, openedOn, closedOn);
    }

    public School open(LocalDate on) {
        Require.present(on, "openedOn");
        if (status != SchoolStatus.PLANNED) {
            throw transition(SchoolStatus.OPEN);
        }
        return new School(id, version, name, town, region, departement, SchoolStatus.OPEN, Optional.of(on), Optional.empty());
    }

    public School close(LocalDate on) {
        Require.present(on, "closedOn");
        if (status != SchoolStatus.OPEN) {
            throw transition(SchoolStatus.CLOSED);
        }
        return new School(id, version, name, town, region, departement, SchoolStatus.CLOSED, openedOn, Optional.of(on));
    }

    public School withVersion(long newVersion) {
        return new School(id, newVersion, name, town, region, departement, status, openedOn, closedOn);
    }

    private RuleViolationException transition(SchoolStatus target) {
        return new RuleViolationException("status", ErrorCodes.SCHOOL_TRANSITION,
                "the school is " + status.name().toLowerCase() + " and cannot become " + target.name().toLowerCase());
    }
}
