package org.tremplin.app.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every rule factory of {@link ArchitectureRules}, found by reflection so that a new rule cannot be
 * forgotten: it is checked on production classes, on the conforming fixture and on an empty import
 * as soon as it is written, and {@code ArchitectureRulesCatchViolationsTest} fails until it has a
 * violating fixture.
 */
final class RuleCatalogue {

    /** A public static factory {@code ArchRule name(String root)} of {@link ArchitectureRules}. */
    record RuleFactory(String name, Method method) {
        ArchRule forRoot(String root) {
            try {
                return (ArchRule) method.invoke(null, root);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot build rule " + name, e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private RuleCatalogue() {
    }

    static List<RuleFactory> all() {
        List<RuleFactory> factories = Arrays.stream(ArchitectureRules.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .filter(m -> ArchRule.class.isAssignableFrom(m.getReturnType()))
                .filter(m -> Arrays.equals(m.getParameterTypes(), new Class<?>[] {String.class}))
                .sorted(Comparator.comparing(Method::getName))
                .map(m -> new RuleFactory(m.getName(), m))
                .toList();
        if (factories.isEmpty()) {
            throw new IllegalStateException("no rule factory found in " + ArchitectureRules.class.getName());
        }
        return factories;
    }

    static Stream<RuleFactory> stream() {
        return all().stream();
    }
}
