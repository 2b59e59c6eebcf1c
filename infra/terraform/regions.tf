# One S3 bucket per Cadre region. This map mirrors infra/local/regions.toml: one entry per
# [[regions]] with the same id, zone and bucket. The consistency test checks that they
# agree with regions.toml and the Kubernetes overlays; adding a region means editing all of
# them (infra/README.md).
#
# aws_region maps a Cadre region id to the AWS region that holds its bucket:
#   eu-central   -> eu-central-1    Frankfurt
#   eu-west      -> eu-west-3       Paris (eu-west-1 is Ireland)
#   us-east      -> us-east-1       N. Virginia
#   cn-north     -> cn-north-1      Beijing, in the aws-cn partition (own account and provider)
#   ap-southeast -> ap-southeast-1  Singapore
locals {
  regions = {
    "eu-central"   = { zone = "eu", bucket = "cadre-eu-central", aws_region = "eu-central-1", partition = "aws" }
    "eu-west"      = { zone = "eu", bucket = "cadre-eu-west", aws_region = "eu-west-3", partition = "aws" }
    "us-east"      = { zone = "us", bucket = "cadre-us-east", aws_region = "us-east-1", partition = "aws" }
    "cn-north"     = { zone = "cn", bucket = "cadre-cn-north", aws_region = "cn-north-1", partition = "aws-cn" }
    "ap-southeast" = { zone = "apac", bucket = "cadre-ap-southeast", aws_region = "ap-southeast-1", partition = "aws" }
  }

  # A provider configuration serves one partition, so the buckets are split by partition.
  commercial_regions = { for id, r in local.regions : id => r if r.partition == "aws" }
  china_regions      = { for id, r in local.regions : id => r if r.partition == "aws-cn" }
}
