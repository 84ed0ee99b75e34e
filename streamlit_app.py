"""attnviz's page: `streamlit run streamlit_app.py` (also the entry point on Streamlit Community Cloud)."""

from attnviz.page import main

main()
