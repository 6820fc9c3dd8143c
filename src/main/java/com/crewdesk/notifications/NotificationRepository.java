package com.crewdesk.notifications;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface NotificationRepository extends ListCrudRepository<Notification, Long> {

	@Query("""
			SELECT * FROM notifications WHERE company_id = :companyId AND recipient_id = :recipientId
			ORDER BY created_at DESC, id DESC LIMIT :limit""")
	List<Notification> findRecent(long companyId, UUID recipientId, int limit);

	@Query("SELECT count(*) FROM notifications WHERE company_id = :companyId AND recipient_id = :recipientId AND NOT read")
	long countUnread(long companyId, UUID recipientId);

	@Modifying
	@Query("UPDATE notifications SET read = true WHERE company_id = :companyId AND recipient_id = :recipientId AND id = :id")
	int markRead(long companyId, UUID recipientId, long id);

	@Modifying
	@Query("UPDATE notifications SET read = true WHERE company_id = :companyId AND recipient_id = :recipientId AND NOT read")
	int markAllRead(long companyId, UUID recipientId);

}
