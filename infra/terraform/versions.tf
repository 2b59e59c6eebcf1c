terraform {
  required_version = ">= 1.5.7"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.x: resources take a `region` argument, so one provider configuration
      # manages buckets in several regions of the same partition.
      version = "~> 6.0"
    }
  }

  # State: configure a backend of your own (e.g. an S3 bucket with locking) before the
  # first apply; without one, state stays in a local terraform.tfstate file.
}
