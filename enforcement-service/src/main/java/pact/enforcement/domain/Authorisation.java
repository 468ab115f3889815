package pact.enforcement.domain;

/**
 * Who authorised a notice that needs more than the serving officer's own power (a closure
 * notice), as they are named on it.
 *
 * @param by the authorising person's name or staff number
 * @param authority the rank or office they authorised it in
 */
public record Authorisation(String by, Authority authority) {
}
