# One region's bucket: documents and reports of that region's tenants, and the
# CloudNativePG backups (base backups + WAL) of that region's clusters under postgres/.
# Private, versioned, encrypted at rest, TLS only.

resource "aws_s3_bucket" "this" {
  region = var.aws_region
  bucket = var.bucket

  tags = {
    "cadre.dev/region" = var.cadre_region
    "cadre.dev/zone"   = var.cadre_zone
  }
}

# Bucket owner owns every object; ACLs are disabled.
resource "aws_s3_bucket_ownership_controls" "this" {
  region = var.aws_region
  bucket = aws_s3_bucket.this.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  region = var.aws_region
  bucket = aws_s3_bucket.this.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "this" {
  region = var.aws_region
  bucket = aws_s3_bucket.this.id

  versioning_configuration {
    status = "Enabled"
  }
}

# SSE-S3 (AES-256). For customer-managed keys use sse_algorithm = "aws:kms" with
# kms_master_key_id = a key in the same region.
resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  region = var.aws_region
  bucket = aws_s3_bucket.this.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Versioning keeps replaced and deleted versions; expire them so that an erasure (GDPR,
# PIPL) and Barman's retention policy become final after noncurrent_version_days.
resource "aws_s3_bucket_lifecycle_configuration" "this" {
  region = var.aws_region
  bucket = aws_s3_bucket.this.id

  rule {
    id     = "expire-noncurrent-versions"
    status = "Enabled"

    filter {}

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_version_days
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  depends_on = [aws_s3_bucket_versioning.this]
}

# Refuse plain-HTTP access.
data "aws_iam_policy_document" "tls_only" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.this.arn,
      "${aws_s3_bucket.this.arn}/*",
    ]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "tls_only" {
  region = var.aws_region
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.tls_only.json

  depends_on = [aws_s3_bucket_public_access_block.this]
}
