package pact.tasking.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
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

/** Keeps the roster. */
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
        if (input.login() != null && Officer.count("login", input.login()) > 0) {
            throw ProblemException.conflict("The login " + input.login() + " is already linked to another officer");
        }
        officer.login = input.login();
        officer.createdBy = user;
        officer.createdAt = Instant.now();
        officer.persist();
        return OfficerView.of(officer);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfficerView> find(UUID id) {
        return Officer.<Officer>findByIdOptional(id).map(OfficerView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<OfficerView> list(Organisation organisation, Team team, PageRequest paging) {
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
        Sort sort = paging.sort(SORTABLE, "staffNumber", Sort.Direction.Ascending);
        return PageResponse.of(Officer.find(where.toString(), sort, params), paging, OfficerView::of);
    }
}
