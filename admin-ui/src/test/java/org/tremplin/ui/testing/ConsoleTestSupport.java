package org.tremplin.ui.testing;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLayout;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.tremplin.application.access.AccountAdministration;
import org.tremplin.application.access.Authentication;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.export.TableExport;
import org.tremplin.application.indicator.IndicatorReporting;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.programme.ProgrammeAdministration;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.warning.EarlyWarnings;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Role;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.access.AccessDeniedView;
import org.tremplin.ui.access.ApiTokensView;
import org.tremplin.ui.access.SignInView;
import org.tremplin.ui.access.UsersView;
import org.tremplin.ui.cohort.CohortsView;
import org.tremplin.ui.contract.ContractsView;
import org.tremplin.ui.dashboard.DashboardView;
import org.tremplin.ui.funding.FundingView;
import org.tremplin.ui.imports.ImportView;
import org.tremplin.ui.outcome.OutcomesView;
import org.tremplin.ui.partner.PartnersView;
import org.tremplin.ui.people.ApplicantsView;
import org.tremplin.ui.people.LearnersView;
import org.tremplin.ui.programme.ProgrammesView;
import org.tremplin.ui.school.SchoolsView;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;
import org.tremplin.ui.session.SessionIdRenewal;
import org.tremplin.ui.warning.WarningsView;

/**
 * Browserless console tests: the console's views, instantiator and access guard, run without a
 * browser nor a server, on fakes of the inbound ports. The views take their ports in their
 * constructor, so their routes are listed here rather than discovered.
 */
public abstract class ConsoleTestSupport extends BrowserlessTest {

    /** How many times the session id was renewed: once per sign-in. */
    protected final AtomicInteger sessionIdRenewals = new AtomicInteger();

    /**
     * The fakes are in place before the browserless set-up, which opens the root view (hence the
     * sign-in view) in a {@code @BeforeEach} of its own; a test's constructor may replace them.
     */
    protected ConsoleTestSupport() {
        provide(SessionIdRenewal.class, sessionIdRenewals::incrementAndGet);
        provide(Authentication.class, new FakeAuthentication());
        provide(SchoolAdministration.class, new FakeSchoolAdministration());
        FakeProgrammeAdministration programmes = new FakeProgrammeAdministration();
        provide(ProgrammeAdministration.class, programmes);
        provide(CohortAdministration.class, new FakeCohortAdministration(programmes));
        FakeAccessAdministration access = new FakeAccessAdministration();
        provide(AccountAdministration.class, access);
        provide(TokenAdministration.class, access);
        provide(IndicatorReporting.class, new FakeIndicatorReporting());
        provide(PartnerAdministration.class, new FakePartnerAdministration());
        provide(TableExport.class, new FakeTableExport());
        provide(EarlyWarnings.class, new FakeEarlyWarnings());
    }

    @Override
    protected Routes discoverRoutes() {
        Set<Class<? extends Component>> views = Set.of(SignInView.class, DashboardView.class, SchoolsView.class,
                AccessDeniedView.class, AdminOnlyTestView.class, UndeclaredTestView.class,
                LearnersView.class, ContractsView.class, FundingView.class, ApplicantsView.class, PartnersView.class,
                OutcomesView.class, ProgrammesView.class, CohortsView.class, UsersView.class, ApiTokensView.class,
                ImportView.class, WarningsView.class);
        Set<Class<? extends HasErrorParameter<?>>> errorViews = Set.of();
        Set<Class<? extends RouterLayout>> layouts = Set.of();
        return new Routes(views, errorViews, layouts, true);
    }

    @Override
    protected Set<Class<?>> lookupServices() {
        return Set.of(TestConsoleInstantiatorFactory.class);
    }

    @AfterEach
    protected void forgetFakes() {
        TestConsoleInstantiatorFactory.PORTS.clear();
    }

    protected static <T> void provide(Class<T> port, T implementation) {
        TestConsoleInstantiatorFactory.PORTS.put(port, implementation);
    }

    /** Signs in as someone with this role, as the sign-in view would after a good password. */
    protected void signInAs(Role role) {
        signInAs(role, Optional.empty());
    }

    /** Signs in as someone with this role, limited to these schools (none: the whole network). */
    protected void signInAs(Role role, Optional<Set<SchoolId>> schools) {
        Actor actor = new Actor("account-" + role.name().toLowerCase(), role.permissions(), schools);
        ConsoleSession.signIn(new ConsoleUser(actor, "Dominique " + role.name(), role),
                sessionIdRenewals::incrementAndGet);
    }

    /** Signs in as someone with this role, limited to these schools. */
    protected void signInAs(Role role, Set<SchoolId> schools) {
        signInAs(role, Optional.of(schools));
    }
}
