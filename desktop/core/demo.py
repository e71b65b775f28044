"""The demo case shown on first start, so the window never opens empty."""

from __future__ import annotations

from desktop.core.case import REPLY, Case, CaseFacts
from desktop.core.store import Store

DEMO_FACTS = CaseFacts(
    case_id="DEMO-0001",
    subject="Lambda function times out when calling RDS",
    customer_org="Example Retail Ltd.",
    contact_name="Alex Chen",
    language="en",
    service="AWS Lambda",
    region="ap-northeast-1",
    resource_ids="arn:aws:lambda:ap-northeast-1:123456789012:function:orders-sync",
    severity="urgent",
    status="open",
)

DEMO_REPLY = """Hello Alex,

Thank you for contacting us about the time-outs of the orders-sync function.

We can see that the function runs inside your VPC and that its invocations stop after 30 seconds \
while it waits for the database connection. To narrow this down, could you send us:

- the request IDs of two failed invocations,
- the approximate time of each failure in UTC,
- the security group attached to the RDS instance.

We will update you within 4 hours, or sooner if we find the cause.

Best regards,
"""


def seed_demo_case(store: Store) -> Case | None:
    """Add the demo case if the store is empty; return it, or None if the store had cases."""
    if store.count_cases():
        return None
    case = store.create_case(DEMO_FACTS)
    store.save_document(case.key, REPLY, DEMO_REPLY)
    return case
