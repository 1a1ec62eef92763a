package org.tremplin.ui.rights;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.tremplin.domain.identity.Role;

/**
 * The roles that may open a view. A view without it (nor {@link PublicView}) is denied to
 * everyone: see {@link AccessGuard}. The use cases check permissions again behind the view.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedRoles {
    Role[] value();
}
