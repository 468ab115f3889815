package pact.enforcement.mapping;

import jakarta.validation.constraints.Size;
import pact.enforcement.domain.IssuingOrganisation;

/**
 * The officer who gave the notice. A person's notice is recorded in the name of the officer
 * linked to their login, so they may leave this out; a Met system names the officer it submits for.
 */
public record IssuingOfficer(@Size(max = 32) String staffNumber, IssuingOrganisation organisation) {
}
