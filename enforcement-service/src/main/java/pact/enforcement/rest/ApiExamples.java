package pact.enforcement.rest;

/**
 * Examples for the main operations of the v1 document, taken from real answers of this service.
 * {@code ApiExamplesTest} sends the request examples and checks that the answers have the shape
 * the response examples show, so they cannot drift from what the service does.
 */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String WARNING_REQUEST = """
            {"type":"COMMUNITY_PROTECTION_WARNING",
             "subject":{"kind":"PERSON","name":"Alex Example","dateOfBirth":"1990-04-01"},
             "issuingOfficer":{"staffNumber":"PC-1041","organisation":"MET_POLICE"},
             "conduct":"Amplified busking after 22:00 on Leicester Square, after being asked to stop",
             "conductCode":"BUSKING_NOISE",
             "location":{"lat":51.5103,"lon":-0.1302},
             "locationDescription":"Leicester Square, north side",
             "issuedAt":"2026-11-01T22:15:00Z",
             "complyBy":"2026-11-15"}""";

    private static final String WARNING = """
            "type":"COMMUNITY_PROTECTION_WARNING","legalBasis":"ABCPA 2014 s.43(5)",\
            "subject":{"kind":"PERSON","name":"Alex Example","dateOfBirth":"1990-04-01"},\
            "issuingOfficer":{"staffNumber":"PC-1041","organisation":"MET_POLICE"},"issuedUnderRole":"met-system",\
            "conduct":"Amplified busking after 22:00 on Leicester Square, after being asked to stop",\
            "conductCode":"BUSKING_NOISE","requirements":[],"location":{"lat":51.5103,"lon":-0.1302},\
            "locationDescription":"Leicester Square, north side","issuedAt":"2026-11-01T22:15:00Z",\
            "offenceAt":"2026-11-01T22:15:00Z","complyBy":"2026-11-15",\
            "evidence":[],\
            "recordedBy":"service-account-met-systems",\
            "recordedAt":"2026-11-01T22:16:04Z","submittedBy":"service-account-met-systems",\
            "accountability":"submitted by service-account-met-systems for PC-1041\"""";

    static final String WARNING_ISSUED = "{\"id\":\"ae78a68a-aa80-4347-a435-d6d5436c3a49\"," + WARNING
            + ",\"status\":\"ISSUED\",\"nextStatuses\":[\"COMPLIED\",\"BREACHED\",\"ESCALATED\",\"WITHDRAWN\",\"EXPIRED\"],"
            + "\"statusChangedAt\":\"2026-11-01T22:16:04Z\",\"version\":0}";

    static final String WARNING_REFUSED = """
            {"type":"https://pact.example/problems/rule-refused","title":"Refused by rule warning-time-allowed",
             "status":422,"detail":"A Community Protection Warning must allow time to comply: complyBy must be a day after 2026-11-01",
             "instance":"/api/v1/notices","rule":"warning-time-allowed"}""";

    static final String INVALID = """
            {"type":"https://pact.example/problems/invalid-request","title":"Invalid request","status":400,
             "detail":"location.lat: must be a latitude between -90 and 90","instance":"/api/v1/notices",
             "errors":[{"field":"location.lat","message":"must be a latitude between -90 and 90"}]}""";

    static final String COMPLIED_REQUEST = """
            {"status":"COMPLIED","on":"2026-11-14","note":"Seen on 14 November: no amplifier used"}""";

    static final String CHANGES = "{\"items\":[{\"cursor\":\"41\",\"noticeId\":\"ae78a68a-aa80-4347-a435-d6d5436c3a49\","
            + "\"change\":\"STATUS\",\"status\":\"COMPLIED\",\"version\":1,\"at\":\"2026-11-14T09:30:12Z\","
            + "\"notice\":{\"id\":\"ae78a68a-aa80-4347-a435-d6d5436c3a49\"," + WARNING
            + ",\"status\":\"COMPLIED\",\"nextStatuses\":[],\"statusChangedAt\":\"2026-11-14T09:30:12Z\",\"version\":1}}],"
            + "\"nextCursor\":\"41\"}";
}
