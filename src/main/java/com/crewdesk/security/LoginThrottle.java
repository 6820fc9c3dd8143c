package com.crewdesk.security;

import com.crewdesk.patch.Rulebook;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Limits password guessing, per account and per client address, with Bucket4j token
 * buckets kept in PostgreSQL (shared by every instance, kept across restarts):
 * <ul>
 * <li>an e-mail may fail 5 times (one try back every 3 minutes); the failure that empties
 * its bucket locks it out for 15 minutes, during which every attempt is refused without
 * looking at the password;</li>
 * <li>one address may fail 20 times (one back every 45 seconds), whichever e-mails it
 * tries.</li>
 * </ul>
 * The counts follow the e-mail as typed (trimmed, lower case), known or not, so answers
 * and timings are the same for an e-mail that exists and one that does not. Failures and
 * lockouts are published as events.
 */
@Service
public class LoginThrottle {

	static final int ACCOUNT_FAILURES = 5;
	static final int ADDRESS_FAILURES = 20;
	static final Duration WINDOW = Duration.ofMinutes(15);
	static final Duration LOCKOUT = Duration.ofMinutes(15);

	private static final BucketConfiguration ACCOUNT = BucketConfiguration.builder()
		.addLimit(limit -> limit.capacity(ACCOUNT_FAILURES).refillGreedy(ACCOUNT_FAILURES, WINDOW))
		.build();

	private static final BucketConfiguration ADDRESS = BucketConfiguration.builder()
		.addLimit(limit -> limit.capacity(ADDRESS_FAILURES).refillGreedy(ADDRESS_FAILURES, WINDOW))
		.build();

	private final ProxyManager<String> buckets;

	private final LockoutStore lockouts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LoginThrottle(ProxyManager<String> buckets, LockoutStore lockouts, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.buckets = buckets;
		this.lockouts = lockouts;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Empty when this login may be tried now; otherwise how long until it may. */
	public Optional<Duration> refusal(String email, String address) {
		Instant now = clock.instant();
		Duration wait = lockouts.lockedUntil(normalized(email), now)
			.map(until -> Duration.between(now, until))
			.orElse(Duration.ZERO);
		EstimationProbe fromAddress = buckets.getProxy(addressKey(address), () -> ADDRESS).estimateAbilityToConsume(1);
		if (!fromAddress.canBeConsumed()) {
			wait = max(wait, Duration.ofNanos(fromAddress.getNanosToWaitForRefill()));
		}
		return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
	}

	/** Counts a failed login; answers the lockout it caused, if it did. */
	public Optional<Duration> failed(String email, String address) {
		Instant now = clock.instant();
		String account = normalized(email);
		events.publishEvent(new LoginFailed(account, address, now));
		buckets.getProxy(addressKey(address), () -> ADDRESS).tryConsume(1);
		ConsumptionProbe probe = buckets.getProxy(accountKey(account), () -> ACCOUNT).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed() && probe.getRemainingTokens() > 0) {
			return Optional.empty();
		}
		Instant until = now.plus(LOCKOUT);
		lockouts.record(account, address, now, until);
		events.publishEvent(new LoginLockedOut(account, address, now, until));
		return Optional.of(LOCKOUT);
	}

	/** A successful login starts the account's count afresh. */
	public void succeeded(String email) {
		buckets.removeProxy(accountKey(normalized(email)));
	}

	public List<Lockout> currentLockouts(CrewdeskUser admin) {
		requireAdmin(admin);
		return lockouts.current(admin.companyId(), clock.instant());
	}

	/** Lifts a lockout of one of the admin's company's staff; the count starts afresh. */
	public void lift(CrewdeskUser admin, long lockoutId) {
		requireAdmin(admin);
		Instant now = clock.instant();
		lockouts.lift(admin.companyId(), lockoutId, admin.staffId(), now).ifPresent(email -> {
			buckets.removeProxy(accountKey(email));
			events.publishEvent(new LockoutLifted(email, admin.companyId(), admin.staffId(), now));
		});
	}

	/**
	 * Who may see and lift lockouts: those who administer the company (the Rulebook
	 * decides).
	 */
	void requireAdmin(CrewdeskUser user) {
		if (!Rulebook.administersCompany(user.actor())) {
			throw new AccessDeniedException("only admins manage lockouts");
		}
	}

	static String normalized(String email) {
		String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		return e.length() > 254 ? e.substring(0, 254) : e;
	}

	private static String accountKey(String normalizedEmail) {
		return "account:" + normalizedEmail;
	}

	private static String addressKey(String address) {
		return "address:" + (address == null ? "" : address);
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

}
