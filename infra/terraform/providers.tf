# Commercial AWS partition (`aws`): every region except mainland China. The region here is
# only the default; each bucket names its own region (see regions.tf).
provider "aws" {
  region  = var.aws_default_region
  profile = var.aws_profile

  default_tags {
    tags = var.tags
  }
}

# China partition (`aws-cn`): cn-north-1 (Beijing) and cn-northwest-1 (Ningxia) are a
# separate partition with their own accounts, credentials, endpoints (amazonaws.com.cn)
# and ARNs (arn:aws-cn:...). Commercial credentials do not work there, so it gets its own
# provider configuration, with a profile that holds credentials of a China account.
provider "aws" {
  alias   = "china"
  region  = "cn-north-1"
  profile = var.aws_cn_profile

  default_tags {
    tags = var.tags
  }
}
