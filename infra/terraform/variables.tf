variable "aws_default_region" {
  description = "Default region of the commercial-partition provider (each bucket sets its own region)."
  type        = string
  default     = "eu-central-1"
}

variable "aws_profile" {
  description = "Shared-config profile with credentials for the commercial AWS partition (null: the default credential chain)."
  type        = string
  default     = null
}

variable "aws_cn_profile" {
  description = "Shared-config profile with credentials for the AWS China partition (aws-cn), used for cn-north-1."
  type        = string
  default     = "cadre-cn"
}

variable "noncurrent_version_days" {
  description = "Days a replaced or deleted object version is kept before it expires (versioning is on; erasures must become final)."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default = {
    "app"        = "cadre"
    "managed-by" = "terraform"
  }
}
