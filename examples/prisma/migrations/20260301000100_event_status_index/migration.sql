-- Alone in its migration: Prisma sends a migration file as one query, which PostgreSQL runs as one
-- transaction, and CREATE INDEX CONCURRENTLY cannot run inside a transaction.
-- CreateIndex
CREATE INDEX CONCURRENTLY "Event_status_idx" ON "Event"("status");
