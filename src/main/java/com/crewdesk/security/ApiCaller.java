package com.crewdesk.security;

/** An integration calling the JSON API with one of its company's keys. */
public record ApiCaller(long companyId, long apiKeyId, String keyName) {
}
