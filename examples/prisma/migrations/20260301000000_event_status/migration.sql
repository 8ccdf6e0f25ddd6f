-- Expand: a new column the old release never writes. A constant default keeps blue's inserts
-- valid, and PostgreSQL 11+ adds it without rewriting the table.
-- AlterTable
ALTER TABLE "Event" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'scheduled';
