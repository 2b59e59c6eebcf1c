module "bucket" {
  source   = "./modules/region-bucket"
  for_each = local.commercial_regions

  providers = {
    aws = aws
  }

  bucket                  = each.value.bucket
  aws_region              = each.value.aws_region
  cadre_region            = each.key
  cadre_zone              = each.value.zone
  noncurrent_version_days = var.noncurrent_version_days
}

module "bucket_china" {
  source   = "./modules/region-bucket"
  for_each = local.china_regions

  providers = {
    aws = aws.china
  }

  bucket                  = each.value.bucket
  aws_region              = each.value.aws_region
  cadre_region            = each.key
  cadre_zone              = each.value.zone
  noncurrent_version_days = var.noncurrent_version_days
}
