output "buckets" {
  description = "Per Cadre region: bucket name, ARN and AWS region."
  value = merge(
    { for id, m in module.bucket : id => { bucket = m.bucket, arn = m.arn, aws_region = m.aws_region } },
    { for id, m in module.bucket_china : id => { bucket = m.bucket, arn = m.arn, aws_region = m.aws_region } },
  )
}
