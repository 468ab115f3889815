package pact.tasking.service;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pact.support.paging.PageRequest;
import pact.support.paging.PageResponse;
import pact.support.problem.ProblemException;
import pact.tasking.domain.Officer;
import pact.tasking.domain.OfficerRole;
import pact.tasking.domain.Organisation;
import pact.tasking.domain.Team;
import pact.tasking.mapping.NewOfficer;
import pact.tasking.mapping.OfficerView;

/** Keeps the roster, and which login of the pact realm is which officer. */
@ApplicationScoped
public class OfficerService {
    static final Set<String> SORTABLE = Set.of("staffNumber", "displayName", "organisation", "team");

    @Transactional
    public OfficerView add(NewOfficer input, String user) {
        if (input.role().organisation() != input.organisation()) {
            throw ProblemException.badField("role", input.role() + " is not a role in " + input.organisation());
        }
        // The team's council half is its City Inspectors; other council staff support it from the wider network.
        if (input.team() == Team.PACT && input.organisation() == Organisation.WESTMINSTER_COUNCIL
                && input.role() != OfficerRole.CITY_INSPECTOR) {
            throw ProblemException.badField("team", "the PACT team's council officers are City Inspectors; add a "
                    + input.role() + " as SUPPORTING");
        }
        if (Officer.count("staffNumber", input.staffNumber()) > 0) {
            throw ProblemException.conflict("An officer with staff number " + input.staffNumber() + " already exists");
        }
        Officer officer = new Officer();
        officer.id = UUID.randomUUID();
        officer.staffNumber = input.staffNumber();
        officer.displayName = input.displayName().strip();
        officer.organisation = input.organisation();
        officer.role = input.role();
        officer.mode = input.mode();
        officer.team = input.team();
        String login = input.login() == null ? null : realmUserName(input.login());
        if (login != null) {
            linkedOfficer(login).ifPresent(other -> {
                throw loginTaken(login, other);
            });
        }
        officer.login = login;
        officer.createdBy = user;
        officer.createdAt = Instant.now();
        officer.persist();
        return OfficerView.of(officer);
    }

    /**
     * Links the officer to a login, replacing any earlier one: from then on that person posts the
     * officer's check-ins. A login is one officer's only; linking it again to the same officer changes
     * nothing.
     */
    @Transactional
    public Optional<OfficerView> link(UUID id, String login, String user) {
        String name = realmUserName(login);
        Optional<Officer> found = Officer.findByIdOptional(id);
        found.ifPresent(officer -> {
            linkedOfficer(name).filter(other -> !other.id.equals(officer.id)).ifPresent(other -> {
                throw loginTaken(name, other);
            });
            if (!name.equals(officer.login)) {
                Log.infof("%s linked officer %s to login %s (was %s)", user, officer.staffNumber, name, officer.login);
                officer.login = name;
            }
        });
        return found.map(OfficerView::of);
    }

    /** Unlinks the officer's login, if any: then only a tasking coordinator posts their check-ins. */
    @Transactional
    public Optional<OfficerView> unlink(UUID id, String user) {
        Optional<Officer> found = Officer.findByIdOptional(id);
        found.filter(officer -> officer.login != null).ifPresent(officer -> {
            Log.infof("%s unlinked officer %s from login %s", user, officer.staffNumber, officer.login);
            officer.login = null;
        });
        return found.map(OfficerView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfficerView> find(UUID id) {
        return Officer.<Officer>findByIdOptional(id).map(OfficerView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<OfficerView> list(Organisation organisation, Team team, String login, PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (organisation != null) {
            where.append(" and organisation = :organisation");
            params.and("organisation", organisation);
        }
        if (team != null) {
            where.append(" and team = :team");
            params.and("team", team);
        }
        if (login != null) {
            where.append(" and login = :login");
            params.and("login", realmUserName(login));
        }
        Sort sort = paging.sort(SORTABLE, "staffNumber", Sort.Direction.Ascending);
        return PageResponse.of(Officer.find(where.toString(), sort, params), paging, OfficerView::of);
    }

    /** Keycloak keeps user names in lower case, and so tokens carry them. */
    private static String realmUserName(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Officer> linkedOfficer(String login) {
        return Officer.find("login", login).firstResultOptional();
    }

    private static ProblemException loginTaken(String login, Officer other) {
        return ProblemException.conflict("The login " + login + " is already linked to officer " + other.staffNumber
                + "; unlink it there first (DELETE /api/officers/" + other.id + "/login)");
    }
}
