package pact.enforcement.domain.pspo;

/** One thing an order prohibits (or requires), by code and wording, possibly only at some hours. */
public record Prohibition(String code, String wording, TimeOfDay hours) {
}
