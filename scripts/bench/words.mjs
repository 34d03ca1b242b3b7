// Word pools for the generated benchmark corpus: each entry is an [English, Vietnamese] pair, so twins
// describe the same work in both languages. Written for the benchmark; the shapes follow FCJ worklogs.

/** Topics a week's row can be about; `steps` are the `<br>&emsp; +` bullets under the topic. */
export const TOPICS = [
  {
    title: ['Getting around the AWS console', 'Làm quen với AWS Console'],
    steps: [
      ['Sign in with an IAM user instead of the root account', 'Đăng nhập bằng IAM user thay vì tài khoản root'],
      ['Pin the services I use most to the navigation bar', 'Ghim các dịch vụ hay dùng lên thanh điều hướng'],
      ['Switch between regions and note which resources are global', 'Chuyển giữa các region và ghi lại tài nguyên nào là toàn cục'],
      ['Turn on MFA for my own user and test the login again', 'Bật MFA cho user của mình rồi đăng nhập lại để thử'],
      ['Read the shared responsibility page and summarise it in my notes', 'Đọc trang trách nhiệm chia sẻ và tóm tắt vào sổ ghi chép'],
    ],
  },
  {
    title: ['Budgets and cost alerts', 'Ngân sách và cảnh báo chi phí'],
    steps: [
      ['Create a monthly cost budget with an e-mail alert at 80 percent', 'Tạo ngân sách chi phí hàng tháng, gửi e-mail khi chạm 80 phần trăm'],
      ['Tag every lab resource with project and owner keys', 'Gắn tag project và owner cho mọi tài nguyên trong lab'],
      ['Open Cost Explorer and group the bill by service', 'Mở Cost Explorer và nhóm hóa đơn theo dịch vụ'],
      ['Check which free tier limits my labs are close to', 'Kiểm tra các giới hạn free tier mà lab sắp chạm tới'],
      ['Write a short checklist for deleting resources after each lab', 'Viết checklist ngắn để xóa tài nguyên sau mỗi bài lab'],
    ],
  },
  {
    title: ['IAM users, groups and roles', 'IAM user, group và role'],
    steps: [
      ['Create an admin group and attach a managed policy to it', 'Tạo group quản trị và gắn managed policy cho group'],
      ['Write a least-privilege policy for reading one S3 bucket', 'Viết policy quyền tối thiểu chỉ đọc một bucket S3'],
      ['Let an EC2 instance call S3 through an instance role', 'Cho EC2 gọi S3 thông qua instance role'],
      ['Try the policy simulator on an allow and a deny statement', 'Thử policy simulator với một câu lệnh allow và một câu lệnh deny'],
      ['Rotate my access keys and remove the old pair', 'Xoay vòng access key và xóa cặp khóa cũ'],
      ['Switch role into a second account from the console', 'Chuyển role sang tài khoản thứ hai từ console'],
    ],
  },
  {
    title: ['Networking with Amazon VPC', 'Mạng với Amazon VPC'],
    steps: [
      ['Draw the CIDR plan for two public and two private subnets', 'Vẽ sơ đồ CIDR cho hai subnet public và hai subnet private'],
      ['Attach an internet gateway and edit the public route table', 'Gắn internet gateway và sửa route table public'],
      ['Launch a NAT gateway so private instances can download updates', 'Tạo NAT gateway để instance private tải được bản cập nhật'],
      ['Compare security groups with network ACLs on the same subnet', 'So sánh security group với network ACL trên cùng một subnet'],
      ['Turn on VPC flow logs and read a few rejected packets', 'Bật VPC flow logs và đọc vài gói tin bị từ chối'],
      ['Peer two VPCs and test a ping between them', 'Kết nối peering hai VPC và thử ping qua lại'],
    ],
  },
  {
    title: ['Compute with Amazon EC2', 'Máy chủ ảo với Amazon EC2'],
    steps: [
      ['Launch a Linux instance and connect with Session Manager', 'Tạo instance Linux và kết nối bằng Session Manager'],
      ['Install a web server from a user data script', 'Cài web server bằng script user data'],
      ['Take an AMI of the configured server and launch a copy', 'Tạo AMI từ máy đã cấu hình và chạy một bản sao'],
      ['Resize the instance type and compare the hourly price', 'Đổi loại instance và so sánh giá theo giờ'],
      ['Attach a second EBS volume and mount it on boot', 'Gắn thêm một ổ EBS và mount khi khởi động'],
      ['Snapshot the volume and restore it in another zone', 'Tạo snapshot của ổ đĩa và khôi phục ở zone khác'],
    ],
  },
  {
    title: ['Scaling and load balancing', 'Mở rộng và cân bằng tải'],
    steps: [
      ['Write a launch template for the web tier', 'Viết launch template cho tầng web'],
      ['Create an Auto Scaling group across two zones', 'Tạo Auto Scaling group trải trên hai zone'],
      ['Put an Application Load Balancer in front of the group', 'Đặt Application Load Balancer phía trước group'],
      ['Add a target tracking policy on average CPU', 'Thêm chính sách target tracking theo CPU trung bình'],
      ['Stress one instance and watch the group add capacity', 'Tạo tải cho một instance và quan sát group tăng thêm máy'],
    ],
  },
  {
    title: ['Object storage with Amazon S3', 'Lưu trữ đối tượng với Amazon S3'],
    steps: [
      ['Create a bucket with versioning and public access blocked', 'Tạo bucket có versioning và chặn truy cập public'],
      ['Host a static site and serve it through CloudFront', 'Host website tĩnh và phân phối qua CloudFront'],
      ['Add a lifecycle rule that moves old versions to Glacier', 'Thêm lifecycle rule chuyển phiên bản cũ sang Glacier'],
      ['Upload a large file with multipart upload from the CLI', 'Tải file lớn lên bằng multipart upload từ CLI'],
      ['Share one object for an hour with a presigned URL', 'Chia sẻ một object trong một giờ bằng presigned URL'],
      ['Replicate the bucket to a second region', 'Sao chép bucket sang region thứ hai'],
    ],
  },
  {
    title: ['Relational databases with Amazon RDS', 'Cơ sở dữ liệu quan hệ với Amazon RDS'],
    steps: [
      ['Create a MySQL instance in a private subnet group', 'Tạo instance MySQL trong subnet group private'],
      ['Connect from an EC2 bastion and load a sample schema', 'Kết nối từ EC2 bastion và nạp schema mẫu'],
      ['Turn on automated backups and restore to a point in time', 'Bật sao lưu tự động và khôi phục về một thời điểm'],
      ['Add a read replica and point reports at it', 'Thêm read replica và chuyển truy vấn báo cáo sang đó'],
      ['Compare Multi-AZ failover time with my notes', 'So sánh thời gian failover Multi-AZ với ghi chép'],
    ],
  },
  {
    title: ['NoSQL with Amazon DynamoDB', 'NoSQL với Amazon DynamoDB'],
    steps: [
      ['Design a table around the access patterns first', 'Thiết kế bảng dựa trên các mẫu truy cập trước tiên'],
      ['Load items with the CLI and run query and scan', 'Nạp item bằng CLI rồi chạy query và scan'],
      ['Add a global secondary index for a second lookup', 'Thêm global secondary index cho kiểu tra cứu thứ hai'],
      ['Stream changes to a Lambda function', 'Đẩy thay đổi qua stream tới một hàm Lambda'],
      ['Switch the table to on-demand capacity and compare cost', 'Chuyển bảng sang on-demand và so sánh chi phí'],
    ],
  },
  {
    title: ['Serverless with AWS Lambda', 'Serverless với AWS Lambda'],
    steps: [
      ['Write a Python function that resizes uploaded images', 'Viết hàm Python thu nhỏ ảnh được tải lên'],
      ['Trigger the function from an S3 event notification', 'Kích hoạt hàm bằng thông báo sự kiện của S3'],
      ['Expose a REST endpoint through API Gateway', 'Mở endpoint REST thông qua API Gateway'],
      ['Read the function logs in CloudWatch Logs Insights', 'Đọc log của hàm bằng CloudWatch Logs Insights'],
      ['Package shared code as a Lambda layer', 'Đóng gói code dùng chung thành Lambda layer'],
      ['Set a dead-letter queue for failed invocations', 'Cấu hình dead-letter queue cho các lần gọi lỗi'],
    ],
  },
  {
    title: ['Monitoring and logging', 'Giám sát và ghi log'],
    steps: [
      ['Build a CloudWatch dashboard for the web servers', 'Dựng dashboard CloudWatch cho các web server'],
      ['Send a CPU alarm to an SNS topic and confirm the e-mail', 'Gửi cảnh báo CPU tới SNS topic và xác nhận e-mail'],
      ['Install the CloudWatch agent to collect memory metrics', 'Cài CloudWatch agent để thu thập chỉ số bộ nhớ'],
      ['Create a CloudTrail trail and look up a console login', 'Tạo CloudTrail trail và tra cứu một lần đăng nhập console'],
      ['Write a metric filter that counts error lines', 'Viết metric filter đếm số dòng lỗi'],
    ],
  },
  {
    title: ['Infrastructure as code', 'Hạ tầng dưới dạng mã'],
    steps: [
      ['Write a CloudFormation template for a VPC and one subnet', 'Viết template CloudFormation cho một VPC và một subnet'],
      ['Update the stack with a change set and review the diff', 'Cập nhật stack bằng change set và xem phần khác biệt'],
      ['Bootstrap a CDK app in TypeScript and deploy a bucket', 'Khởi tạo ứng dụng CDK bằng TypeScript và triển khai một bucket'],
      ['Detect drift after editing a resource by hand', 'Phát hiện drift sau khi sửa tài nguyên bằng tay'],
      ['Split the template into nested stacks', 'Tách template thành các nested stack'],
    ],
  },
  {
    title: ['Containers on Amazon ECS', 'Container trên Amazon ECS'],
    steps: [
      ['Build the sample app image and push it to ECR', 'Build image ứng dụng mẫu và đẩy lên ECR'],
      ['Define a Fargate task with two containers', 'Định nghĩa task Fargate gồm hai container'],
      ['Run the service behind a load balancer', 'Chạy service phía sau load balancer'],
      ['Roll out a new image version with zero downtime', 'Triển khai phiên bản image mới không gián đoạn'],
      ['Move a secret from an environment variable to Secrets Manager', 'Chuyển một secret từ biến môi trường sang Secrets Manager'],
    ],
  },
  {
    title: ['CI/CD pipeline', 'Pipeline CI/CD'],
    steps: [
      ['Create a CodeCommit repository and push the project', 'Tạo repository CodeCommit và đẩy dự án lên'],
      ['Write a buildspec that runs the unit tests', 'Viết buildspec chạy unit test'],
      ['Connect CodePipeline stages for build and deploy', 'Nối các stage build và deploy trong CodePipeline'],
      ['Add a manual approval before production', 'Thêm bước phê duyệt thủ công trước môi trường production'],
      ['Roll back a failed deployment from the console', 'Rollback một lần deploy lỗi từ console'],
    ],
  },
  {
    title: ['Data analytics', 'Phân tích dữ liệu'],
    steps: [
      ['Crawl a CSV folder with a Glue crawler', 'Dùng Glue crawler quét thư mục CSV'],
      ['Query the catalog table from Athena', 'Truy vấn bảng trong catalog bằng Athena'],
      ['Convert the data to Parquet and compare scan size', 'Chuyển dữ liệu sang Parquet và so sánh dung lượng quét'],
      ['Build a small QuickSight chart from the query', 'Dựng biểu đồ QuickSight nhỏ từ kết quả truy vấn'],
      ['Partition the table by date to cut the cost', 'Phân vùng bảng theo ngày để giảm chi phí'],
    ],
  },
  {
    title: ['Team project and review', 'Dự án nhóm và tổng kết'],
    steps: [
      ['Meet the team to split the architecture work', 'Họp nhóm để chia việc thiết kế kiến trúc'],
      ['Draw the proposed architecture and list the services', 'Vẽ kiến trúc đề xuất và liệt kê các dịch vụ'],
      ['Estimate the monthly cost with the pricing calculator', 'Ước tính chi phí hàng tháng bằng pricing calculator'],
      ['Present the weekly notes to the mentor', 'Trình bày ghi chép trong tuần với mentor'],
      ['Clean up every lab resource and check the bill', 'Dọn dẹp toàn bộ tài nguyên lab và kiểm tra hóa đơn'],
      ['Update the worklog and fix the broken links', 'Cập nhật worklog và sửa các link hỏng'],
    ],
  },
];

/** Objective and achievement sentences; `{topic}` is replaced by a topic title in the same language. */
export const OBJECTIVES = [
  ['Understand how {topic} fits into a small production setup.', 'Hiểu {topic} nằm ở đâu trong một hệ thống nhỏ chạy thật.'],
  ['Practise {topic} in the console first, then from the CLI.', 'Thực hành {topic} trên console trước, sau đó bằng CLI.'],
  ['Finish the labs about {topic} and keep the cost near zero.', 'Hoàn thành các lab về {topic} và giữ chi phí gần bằng không.'],
  ['Write down the questions about {topic} to ask the mentor.', 'Ghi lại các câu hỏi về {topic} để hỏi mentor.'],
  ['Compare two ways of doing {topic} and note the trade-offs.', 'So sánh hai cách làm {topic} và ghi lại ưu nhược điểm.'],
];

export const ACHIEVEMENTS = [
  ['Completed the {topic} labs and deleted the resources afterwards.', 'Hoàn thành các lab {topic} và đã xóa tài nguyên sau đó.'],
  ['Can explain {topic} to a teammate without the slides.', 'Có thể giải thích {topic} cho bạn cùng nhóm mà không cần slide.'],
  ['Wrote a one-page summary of {topic} for the team wiki.', 'Viết bản tóm tắt một trang về {topic} cho wiki của nhóm.'],
  ['Found and fixed a mistake in my earlier notes on {topic}.', 'Tìm và sửa một lỗi trong ghi chép trước đây về {topic}.'],
  ['Kept the lab bill for {topic} under one dollar.', 'Giữ chi phí lab cho {topic} dưới một đô la.'],
];

/** Prose for weeks written without a table. */
export const PROSE = [
  ['This week was mostly reading and planning, so the notes are written as paragraphs instead of a table.', 'Tuần này chủ yếu là đọc tài liệu và lên kế hoạch nên ghi chép được viết thành đoạn văn thay vì bảng.'],
  ['I spent two afternoons on {topic} and kept a list of the commands that worked.', 'Mình dành hai buổi chiều cho {topic} và giữ lại danh sách các lệnh chạy được.'],
  ['The mentor asked us to review {topic} before the next team meeting.', 'Mentor yêu cầu cả nhóm xem lại {topic} trước buổi họp tiếp theo.'],
];

export const HEADINGS = {
  en: { objectives: (n) => `### Week ${n} Objectives:`, tasks: '### Tasks carried out this week:', achievements: (n) => `### Week ${n} Achievements:`, notes: '### Notes:' },
  vi: { objectives: (n) => `### Mục tiêu tuần ${n}:`, tasks: '### Công việc trong tuần:', achievements: (n) => `### Kết quả tuần ${n}:`, notes: '### Ghi chú:' },
};

export const TABLE_HEADERS = {
  en: ['Day', 'Task', 'Start Date', 'Completion Date', 'Reference Material'],
  vi: ['Thứ', 'Công việc', 'Ngày bắt đầu', 'Ngày hoàn thành', 'Nguồn tài liệu'],
};
