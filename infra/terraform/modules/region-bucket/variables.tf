variable "bucket" {
  description = "Bucket name: exactly the `bucket` of the region in infra/local/regions.toml."
  type        = string
}

variable "aws_region" {
  description = "AWS region that holds the bucket (within the provider's partition)."
  type        = string
}

variable "cadre_region" {
  description = "Cadre region id (tag)."
  type        = string
}

variable "cadre_zone" {
  description = "Cadre sovereignty zone (tag)."
  type        = string
}

variable "noncurrent_version_days" {
  description = "Days before a noncurrent object version expires."
  type        = number
}
