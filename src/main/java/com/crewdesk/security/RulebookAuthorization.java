package com.crewdesk.security;

import com.crewdesk.patch.Actor;
import com.crewdesk.patch.Rulebook;
import java.util.function.Predicate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets the URL rules of the security filter chain ask the {@link Rulebook} instead of
 * naming roles: the first line of defence and the services' own checks then give the same
 * answer.
 */
public final class RulebookAuthorization {

	private RulebookAuthorization() {
	}

	public static AuthorizationManager<RequestAuthorizationContext> allows(Predicate<Actor> rule) {
		return (authentication, context) -> {
			var auth = authentication.get();
			return new AuthorizationDecision(
					auth != null && auth.getPrincipal() instanceof CrewdeskUser user && rule.test(user.actor()));
		};
	}

}
